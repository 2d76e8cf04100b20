# Comparisons and sorting with infinities.
inf = float("inf")
vals = [3.5, -inf, 0.0, inf, -2.0, 1e3]
print(sorted(vals), max(vals), min(vals))
print(inf > 2 ** 100, -inf < -(2 ** 100), inf == inf * 2, inf - 1e30 == inf)
print([v for v in vals if v > 0], abs(-inf), -(-inf))
print(float("inf") == float("INF"), str(-inf), repr(inf))
