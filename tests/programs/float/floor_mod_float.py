# Floor division and modulo of floats keep the sign of the divisor.
for a, b in ((7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (6.0, 3.0), (0.5, 0.25)):
    print(a, b, a // b, a % b)
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    1.0 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
try:
    2.5 / 0
except ZeroDivisionError:
    print("ZeroDivisionError /")
