# Mixed int/float arithmetic promotes to float.
print(1 + 0.5, 3 * 0.25, 7 - 0.5, 1 / 2, 3 // 2.0, 7 % 2.0)
print(type(1 + 1.0).__name__, type(2 * 3).__name__, type(4 / 2).__name__, type(5 // 2.0).__name__)
print(2 ** 0.5 > 1.41, 10 ** -1 < 0.11, 4 ** 0.5)
print(float(7), float(-3), float(2 ** 20), float("1.5"), float(" -2.25 "), float("3"))
print(int(2.5) + 0.5, round(2.5) + 1)
print(sum([0.5, 1, 2, 0.25]), max(1, 2.5, 2), min(-1.5, -1))
print(True + 0.5, 1.0 * False)
print(2 ** 60 + 0.0 == 2.0 ** 60)
