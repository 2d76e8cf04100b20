# Tuples: creation, indexing, slicing, methods, immutability.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[:0], () == tuple(), (5,), tuple("ab"), tuple([1]))
print(t.count(1), (1, 2, 1, 1).count(1), t.index("two"), (1, 2, 3).index(3))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 5))
print(1 in t, "x" in t, type(t).__name__, tuple(x for x in range(3)))
try:
    t[0] = 5
except TypeError:
    print("TypeError")
try:
    t.index(42)
except ValueError:
    print("ValueError")
try:
    t[10]
except IndexError:
    print("IndexError")
x = 1,
y = 1, 2
print(x, y, type(x).__name__)
