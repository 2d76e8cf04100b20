# A tiny event loop with virtual time and sleeping coroutines.
class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield self.t

async def blink(name, period, times, log):
    for _ in range(times):
        log.append(name)
        await Sleep(period)

def run(tasks):
    now = 0
    ready = [(0, i, t) for i, t in enumerate(tasks)]
    order = []
    while ready:
        ready.sort()
        now, i, t = ready.pop(0)
        try:
            delay = t.send(None)
            ready.append((now + delay, i, t))
        except StopIteration:
            order.append((now, i))
    return now, order

log = []
end, order = run([blink("A", 3, 3, log), blink("B", 2, 4, log)])
print(log)
print(end, order)
