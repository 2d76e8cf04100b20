# int() of floats truncates toward zero; exactly representable values only.
for f in (3.75, -3.75, 0.5, -0.5, 2.0 ** 40, -(2.0 ** 60), 1e0, 123.0):
    print(int(f))
print(int(True), int(False), int(-7))
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
