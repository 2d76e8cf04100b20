# async with inside loops with early exits.
class Guard:
    entered = 0
    async def __aenter__(self):
        Guard.entered += 1
        return Guard.entered
    async def __aexit__(self, *exc):
        print("exit guard", exc[0].__name__ if exc[0] else "clean")
async def find(items, target):
    for i in items:
        async with Guard() as n:
            if i == target:
                return (i, n)
    return None
co = find([1, 2, 3, 4], 3)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
