# send() delivers values into a running generator.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration:
    print("stopped")
g = averager()
try:
    g.send(5)
except TypeError:
    print("TypeError: can't send non-None first")
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration as stop:
    print("returned", stop.value)
