# divmod and pow across int sizes and signs.
for a, b in ((7, 3), (-7, 3), (7, -3), (2 ** 70, 3), (-(2 ** 70), 2 ** 35), (0, 7)):
    print(a, b, divmod(a, b), pow(a, 2), pow(a % 1000, 3, 97) if b > 0 else pow(b, 2, 10))
print(pow(3, 0), pow(0, 0), pow(-1, 2 ** 70), pow(2, 64, 2 ** 64 - 1), pow(10, 20, 7))
