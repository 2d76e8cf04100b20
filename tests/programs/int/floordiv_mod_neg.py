# Floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    q, r = divmod(a, b)
    print(q * b + r == a, end=" ")
print()
print(-13 // 4, -13 % 4, 13 // -4, 13 % -4)
