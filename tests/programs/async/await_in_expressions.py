# await inside expressions, conditionals and comprehensions.
async def val(x):
    return x
async def main():
    a = await val(1) + await val(2)
    b = []
    for i in range(3):
        b.append(await val(i) * 2)
    c = await val("yes") if await val(True) else "no"
    d = {await val("k"): await val("v")}
    return a, b, c, d
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
