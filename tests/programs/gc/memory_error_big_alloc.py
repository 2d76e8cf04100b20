# micropython-specific: single allocations larger than the --heap raise MemoryError
for make in (lambda: bytearray(1000000), lambda: "x" * 1000000, lambda: [0] * 200000, lambda: 1 << 8000000):
    try:
        make()
        print("allocated?!")
    except MemoryError:
        print("MemoryError")
print("still running", sum(range(10)))
