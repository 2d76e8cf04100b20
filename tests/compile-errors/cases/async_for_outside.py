def gen():
    yield 1
    async for x in y:
        pass
