# Right shifts of negatives round toward negative infinity.
for n in (-1, -2, -3, -255, -256, -257, -(2 ** 40) - 1):
    print(n, [n >> s for s in (1, 4, 8, 16, 63, 64, 100)])
print(-1 >> 1000, 1 >> 1000, (-(2 ** 100)) >> 99)
