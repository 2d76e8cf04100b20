# A minimal round-robin scheduler driving several coroutines.
class Yield:
    def __await__(self):
        yield

async def worker(name, steps, log):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        await Yield()
    return name + " finished"

def run_all(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results

log = []
res = run_all({"a": worker("a", 3, log), "b": worker("b", 1, log), "c": worker("c", 2, log)})
print(log)
print(sorted(res.items()))
