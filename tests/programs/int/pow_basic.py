# Integer powers, negative bases, and negative exponents giving floats.
for b in [-3, -2, -1, 0, 1, 2, 3, 10]:
    print(b, [b ** e for e in range(6)])
print(2 ** 10, 2 ** 64, 2 ** 100)
print((-2) ** 63, (-2) ** 64)
print(10 ** 30)
print(pow(7, 23))
print(2 ** -1, 4 ** -2, 2 ** -3)
print(pow(2, -2))
print(0 ** 0)
print(type(2 ** 3).__name__, type(2 ** -3).__name__)
