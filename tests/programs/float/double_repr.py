# needs: double-float
# Shortest round-trip repr of doubles (single-float boards print fewer digits).
print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3)
print(1e16, 1.7976931348623157e308, 5e-324, 123456789.123)
print(2 ** 0.5, 10 / 7)
print(float(2 ** 53) + 1.0, 9007199254740993.0)
