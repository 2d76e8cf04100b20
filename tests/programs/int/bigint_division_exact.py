# Division of big integers checked against multiplication.
a = 3 ** 200
b = 7 ** 50 + 1
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
print(a // 3 ** 199, a % 3 ** 100, (a + 1) % 3)
for d in (2, 3, 10, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 64 - 1):
    print(d, a // d % 1000000, a % d)
print(-a // b == -(a // b) - (1 if a % b else 0))
