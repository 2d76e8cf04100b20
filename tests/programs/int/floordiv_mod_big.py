# Floor division and modulo on big integers with negative operands.
a = 10 ** 40 + 12345
b = 10 ** 20 + 7
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, 7), (-a, 7), (a, -7), (7, a), (-7, a)]:
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
print((-2 ** 70) // 3, (-2 ** 70) % 3)
print((2 ** 65) // (2 ** 33), (2 ** 65) % (2 ** 33 + 1))
