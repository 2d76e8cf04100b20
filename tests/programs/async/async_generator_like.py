# An async iterator class with state, consumed by several tasks.
class Counter:
    def __init__(self, name, n):
        self.name, self.n, self.i = name, n, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        await Step()
        return "%s%d" % (self.name, self.i)
class Step:
    def __await__(self):
        yield "step"
async def collect(name, n, out):
    async for v in Counter(name, n):
        out.append(v)
    return len(out)
out = []
tasks = [collect("a", 2, out), collect("b", 3, out)]
done = {}
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        done[len(done)] = e.value
print(out, done)
