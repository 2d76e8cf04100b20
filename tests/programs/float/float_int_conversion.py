# Conversions between float and int keep exact values where representable.
for v in (0.0, 1.0, -1.0, 0.5, 2.0 ** 20, -(2.0 ** 23), 1234.0):
    print(v, int(v), float(int(v)) == v, v == int(v))
print(float(2 ** 24) == 2 ** 24, int(2.0 ** 24), float(-7), 7 / 7)
print(3 == 3.0, 3 < 3.5, -1 < -0.5, 2 ** 30 + 0.0 == 2 ** 30)
