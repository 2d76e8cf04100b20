# Every integer division form raises ZeroDivisionError on zero.
ops = [lambda a: a // 0, lambda a: a % 0, lambda a: divmod(a, 0), lambda a: a / 0]
for a in (5, -5, 2 ** 80):
    for op in ops:
        try:
            op(a)
            print("no error")
        except ZeroDivisionError:
            print("ZeroDivisionError", end=" ")
    print()
x = 3
try:
    x //= 0
except ZeroDivisionError:
    print("augmented ZeroDivisionError", x)
