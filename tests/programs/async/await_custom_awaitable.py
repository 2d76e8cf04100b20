# await on objects with __await__; suspending and resuming by hand.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return "resumed with %s" % value

async def task():
    r1 = await Suspend("first")
    print(r1)
    r2 = await Suspend("second")
    print(r2)
    return "task done"

t = task()
print("yielded", t.send(None))
print("yielded", t.send("A"))
try:
    t.send("B")
except StopIteration as e:
    print("result", e.value)
