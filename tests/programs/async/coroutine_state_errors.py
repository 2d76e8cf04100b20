# A finished coroutine delivers its result once; close() afterwards is harmless.
async def simple():
    return 1
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("first run", e.value)
c.close()
print("closed")
