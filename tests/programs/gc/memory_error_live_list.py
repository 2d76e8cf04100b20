# micropython-specific: live data beyond the --heap size must raise MemoryError (CPython has no heap limit)
hoard = []
try:
    for i in range(100000):
        hoard.append(bytearray(1024))
    print("heap limit not reached")
except MemoryError:
    hoard = None
    print("MemoryError caught")
again = [bytearray(100) for _ in range(10)]
print("recovered", len(again))
