# Values flow through nested awaits of plain coroutines.
async def leaf(n):
    return n * 2
async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total
async def top():
    results = []
    for n in (1, 3, 5):
        results.append(await middle(n))
    return results
c = top()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
