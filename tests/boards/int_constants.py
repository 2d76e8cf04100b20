# Integer constants around the small-int limits of 32-bit (31-bit small
# ints) and 64-bit (63-bit) targets: the same values on both.
a = 1099511627776
b = -1073741825
c = 1073741823
d = -1073741824
t = (4611686018427387904, 2147483648, -4611686018427387905)
print(a + 1, a == 1 << 40, b, b - 1, c + 1, d - 1, t)
print(t[0] // 2 ** 31, 2147483648 * 2, [x % 1000 for x in t])
