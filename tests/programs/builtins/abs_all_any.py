# abs, all, any.
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-(2 ** 80)), abs(-3 + 4j))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all(x > 0 for x in [1, 2, -1]))
print(any([]), any([0, None, ""]), any([0, 1]), any(x > 5 for x in range(10)), any(iter([False])))
