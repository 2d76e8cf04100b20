# async with calls __aenter__ and __aexit__.
class Lock:
    async def __aenter__(self):
        print("acquire")
        return "lock"
    async def __aexit__(self, typ, val, tb):
        print("release", typ.__name__ if typ else None)
        return typ is KeyError

async def main():
    async with Lock() as l:
        print("holding", l)
    async with Lock():
        raise KeyError("suppressed")
    try:
        async with Lock():
            raise ValueError("escapes")
    except ValueError:
        print("ValueError escaped")
    return "ok"

m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
