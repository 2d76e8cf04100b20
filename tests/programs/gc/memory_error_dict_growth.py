# micropython-specific: a dict that outgrows the --heap raises MemoryError, and the program continues
d = {}
try:
    for i in range(1000000):
        d[i] = i
    print("no limit")
except MemoryError:
    n = len(d)
    d = None
    print("MemoryError after some inserts:", n > 100)
print("done")
