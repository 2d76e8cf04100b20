# float methods and conversions that agree everywhere.
print(float.__name__, type(1.5) is float, isinstance(1.5, float))
print(int(-0.75), float(-0), float(True))
x = 12.75
print(int(x), x - int(x), round(x), "%.2f" % x)
print((0.5).as_integer_ratio() if hasattr(0.5, "as_integer_ratio") else (1, 2))
