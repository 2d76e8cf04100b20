# Results that cross the 31/32/63/64-bit boundaries, computed exactly.
for e in (29, 30, 31, 32, 61, 62, 63, 64):
    p = 2 ** e
    print(e, p - 1, p, p + 1, -p, -p - 1, (p - 1) * 2, p // 2)
x = 1073741823
print(x + 1, x * 2, x * x, -x - 2)
y = 4611686018427387903
print(y + 1, y * 2, y * y, -y - 2)
print(2147483647 + 1, -2147483648 - 1, 2147483647 * 2147483647)
