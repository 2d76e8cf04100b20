# async def, await, async for/with, async comprehensions and generators.
async def main():
    await asyncio.sleep(1)
    x = await y
    z = await (await f())
    w = [await g() for g in gs]
    async with lock:
        pass
    async with a as b, c as (d, e):
        pass
    async with (a as b, c as d,):
        pass
    async for item in aiter():
        pass
    else:
        pass
    r = [i async for i in agen()]
    s = {i: j async for i, j in agen() if await i}
    t = (i async for i in agen())
    u = {i async for i in agen() async for j in i}
    yield_value = await asyncio.gather(*tasks, return_exceptions=True)
    return await x ** 2

async def agen():
    yield 1
    yield
    x = yield 2
    await (yield 3)

class C:
    async def method(self):
        return [await x async for x in self]

@decorator
async def decorated(): pass

def sync_with_async_comprehension():
    return (x async for x in y)

async def lambda_await():
    f = lambda: (yield)
    return -(await x)

async def nested():
    async def inner():
        await outer
    return inner
