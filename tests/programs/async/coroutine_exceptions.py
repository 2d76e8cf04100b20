# Exceptions inside coroutines, and throw() into a suspended coroutine.
class Pause:
    def __await__(self):
        yield "paused"

async def fails():
    await Pause()
    raise ValueError("inside coroutine")

c = fails()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("caught", e)

async def guarded():
    try:
        await Pause()
    except KeyError as e:
        print("coroutine handled", e.args)
        return "recovered"

g = guarded()
g.send(None)
try:
    g.throw(KeyError("thrown"))
except StopIteration as e:
    print(e.value)
