# abs, unary minus and plus on ints of every size.
for n in (0, 5, -5, 2 ** 30, -(2 ** 30), 2 ** 62, -(2 ** 62), -(2 ** 100)):
    print(abs(n), -n, +n, -(-n) == n)
print(abs(-0), -0 == 0)
