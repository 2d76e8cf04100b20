# Augmented assignment operators on ints.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 10; print(x)
x <<= 40; print(x)
x >>= 38; print(x)
x &= 0xFFF; print(x)
x |= 0x1000; print(x)
x ^= 0xFFFF; print(x)
y = 2 ** 64
y += 1; y *= y; print(y)
y -= y; print(y)
