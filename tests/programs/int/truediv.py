# True division of ints gives floats; exact cases only.
print(7 / 2, 1 / 4, -9 / 4, 10 / 5, 0 / 3)
print(type(6 / 3).__name__)
print(2 ** 60 / 2 ** 58)
print((2 ** 70) / (2 ** 68), (3 * 2 ** 40) / 2 ** 41)
try:
    1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
