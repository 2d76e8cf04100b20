# Tuple packing and unpacking, swapping, returns.
a, b = 1, 2
a, b = b, a
print(a, b)
def divmod2(x, y):
    return x // y, x % y
q, r = divmod2(17, 5)
print(q, r)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
try:
    p, q = (1, 2, 3)
except ValueError:
    print("ValueError too many")
try:
    p, q, r = (1, 2)
except ValueError:
    print("ValueError not enough")
print(tuple(sorted((3, 1, 2))), max((1, 5), (2, 0)))
