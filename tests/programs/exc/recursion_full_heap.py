# micropython-specific: the heap is filled to MemoryError first (CPython has no heap limit), then a runaway recursion must end quickly in RuntimeError, though its traceback cannot grow
hoard = []
try:
    while True:
        hoard.append(bytearray(1000))
except MemoryError:
    pass
def runaway(n):
    return runaway(n + 1)
for attempt in range(3):
    try:
        runaway(0)
    except RuntimeError as e:
        print("RuntimeError", e)
hoard = None
print([len(bytearray(100)) for _ in range(3)])
