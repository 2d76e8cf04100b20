# Every binary operator over a grid of small and large operands.
vals = [0, 1, -1, 3, -7, 2 ** 31, -(2 ** 33) + 1]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b)]
for name, op in ops:
    print(name, [op(a, b) for a in vals for b in vals[3:]])
print("//", [a // b for a in vals for b in vals if b])
print("%", [a % b for a in vals for b in vals if b])
