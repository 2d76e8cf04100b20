# round() with no digits rounds half to even and returns an int.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.25, 2.75, -2.75, 7.0):
    r = round(v)
    print(v, r, type(r).__name__)
print(round(1.25, 1), round(1.375, 2), round(-1.25, 1), round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(7), round(-7), type(round(7)).__name__)
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
