# Big-integer addition and subtraction across word boundaries.
a = 2 ** 100
b = 3 ** 70
print(a + b)
print(a - b)
print(b - a)
print(-a - b)
print(a + 1 - a)
x = 0
for i in range(1, 40):
    x += 7 ** i
print(x)
x = 10 ** 50
for i in range(60):
    x -= 10 ** 30
print(x)
print((2 ** 64 - 1) + 1 == 2 ** 64)
print(-(2 ** 63) - 1)
print(123456789012345678901234567890 + 987654321098765432109876543210)
