# Nested and iterator-based unpacking in assignments and loops.
(a, b), (c, d) = [(1, 2), (3, 4)]
print(a, b, c, d)
x, y, z = "abc"
print(x, y, z)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
i, j = (n * n for n in range(2))
print(i, j)
pairs = {"a": (1, 2), "b": (3, 4)}
for name, (lo, hi) in pairs.items():
    print(name, lo + hi)
m = [[1, 2], [3, 4]]
for (u, v) in m:
    print(u * v)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
