# inf and nan: creation, comparison and arithmetic.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Inf"), float("NaN"), float("infinity"))
print(inf > 10 ** 30, -inf < -(10 ** 30), inf == inf, nan == nan, nan != nan)
print(inf + 1, -inf * 2, 1 / inf, -1 / inf)
z = inf - inf
w = inf * 0
print(z != z, w != w, (nan + 1) != (nan + 1))
print(nan > 0, nan < 0, nan == 0, nan is nan)
print(max(1.0, inf), min(-inf, 0), abs(-inf))
print(repr(inf), str(nan), "%f" % inf, "%.2f" % -inf, "{}".format(nan))
print(float("inf") == inf, -inf == float("-inf"))
