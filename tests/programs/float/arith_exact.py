# Float arithmetic on exactly representable values.
a = 1.5
b = 0.25
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +b)
print(2.5 * 4, 7.5 / 2.5, 10.0 - 0.5, 3.0 ** 2, 2.0 ** -2, 0.5 ** 3)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
x = 1.0
for i in range(10):
    x *= 2
print(x, x / 1024)
print(abs(-2.5), abs(2.5), abs(-0.0))
print(1.0 == 1, 0.5 < 1, 2.0 > 1.75, 1.5 != 1.25)
