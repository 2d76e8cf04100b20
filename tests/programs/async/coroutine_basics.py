# async def functions produce coroutines driven by send().
async def add(a, b):
    return a + b

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine did not finish")

print(run(add(2, 3)))
async def chain():
    x = await add(1, 1)
    y = await add(x, 10)
    return [x, y]
print(run(chain()))
c = add(1, 2)
print(type(c).__name__ in ("coroutine", "generator"))
c.close()
