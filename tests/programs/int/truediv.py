# True division of ints gives floats; exact cases only.
print(7 / 2, 1 / 4, -9 / 4, 10 / 5, 0 / 3)
print(type(6 / 3).__name__)
print(2 ** 60 / 2 ** 58)
print((10 ** 20) / (10 ** 18))
try:
    1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
