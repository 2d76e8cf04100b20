# Big ints equal to small values hash and compare like them.
x = 2 ** 70
y = x - 2 ** 70 + 5
print(y, y == 5, hash(y) == hash(5), {5: "five"}[y])
print(x > 2 ** 69, x >= x, x <= x + 1, -x < x, x != -x)
d = {2 ** 80: "a", 2 ** 80 + 1: "b"}
print(d[2 ** 80], d[(2 ** 80) + 1], len(d))
print(sorted([2 ** 65, -2 ** 65, 0, 2 ** 64, -1]))
print(max(2 ** 100, 2 ** 99 * 2 + 1), min(-(2 ** 100), -(2 ** 99) * 2))
