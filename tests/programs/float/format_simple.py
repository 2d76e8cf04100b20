# repr/str of simple floats that print identically everywhere.
for f in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.25, 100.0, 1024.0, -3.75, 0.125, 12345.0):
    print(f, repr(f), str(f))
print(float(10), 1e3, 2.5e2, 1.5e0, 5e-1)
print([1.5, 2.0], (0.25,), {"a": 0.5})
