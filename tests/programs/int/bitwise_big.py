# Bitwise operators on integers larger than a machine word.
a = (1 << 100) | 0xFFFF
b = (1 << 90) - 1
print(a & b, a | b, a ^ b)
print(~a, ~b)
print(-a & b, -a | b, -a ^ b)
print(a & -b, a | -b, a ^ -b)
print(-a & -b, -a | -b, -a ^ -b)
print((2 ** 70 - 1) & 0xFF, (2 ** 70) | 1)
print(hex(0xDEADBEEFCAFEBABE12345678 ^ 0xFFFFFFFFFFFFFFFFFFFFFFFF))
