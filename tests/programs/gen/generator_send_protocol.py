# A coroutine-style generator implementing a running average with resets.
def accumulator():
    total = 0
    count = 0
    while True:
        cmd = yield (total, count)
        if cmd == "reset":
            total = count = 0
        elif isinstance(cmd, int):
            total += cmd
            count += 1
acc = accumulator()
print(next(acc))
for x in (5, 10, "reset", 7, 8, 9):
    print(x, acc.send(x))
acc.close()
