# Bit manipulation: popcount, parity, reversing, gray codes.
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([popcount(n) for n in (0, 1, 255, 2 ** 40 - 1, 0xDEADBEEF)])
print([reverse_bits(n, 8) for n in (1, 2, 0x0F, 0xA5)], hex(reverse_bits(0x12345678, 32)))
print([n ^ (n >> 1) for n in range(8)], [bin(n ^ (n >> 1)) for n in (5, 6)])
print((0xF0F0 & -0xF0F0), (-1) & 0xFFFFFFFF, (1 << 32) - 1 == 0xFFFFFFFF, ~0 & 0xFF)
x = 0x12345678
print(hex(((x >> 24) & 0xFF) | ((x >> 8) & 0xFF00) | ((x << 8) & 0xFF0000) | ((x << 24) & 0xFF000000)))
