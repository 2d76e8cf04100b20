# Floor, ceil and truncation implemented with // and int().
def floor(x):
    return int(x // 1)
def ceil(x):
    return -int(-x // 1)
for v in (2.5, -2.5, 3.0, -3.0, 0.25, -0.25, 7.75):
    print(v, floor(v), ceil(v), int(v), round(v))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
