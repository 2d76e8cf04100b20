# A producer and consumer coroutine sharing a queue, driven by a loop.
class Wait:
    def __await__(self):
        yield
async def producer(q, n):
    for i in range(n):
        q.append(i * i)
        print("produced", i * i)
        await Wait()
    q.append(None)
async def consumer(q, out):
    while True:
        while not q:
            await Wait()
        v = q.pop(0)
        if v is None:
            return sum(out)
        out.append(v)
        print("consumed", v)
q, out = [], []
tasks = [producer(q, 4), consumer(q, out)]
result = None
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        if e.value is not None:
            result = e.value
print("total", result, out)
