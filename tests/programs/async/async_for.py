# async for over an asynchronous iterator.
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def consume():
    out = []
    async for v in Ticker(4):
        out.append(v)
    return out

c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
