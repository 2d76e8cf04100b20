# Sorting and comparing floats with ints.
vals = [2.5, -1, 0.0, 3, -0.5, 1e3, 2]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(max(vals), min(vals), sum(vals))
print(0.0 == -0.0, 1.0 in [1], 2 in [2.0])
print([v for v in vals if v > 1.0])
print({1.0: "a", 2: "b"}[1], {1: "x"}[1.0])
print(hash(1.0) == hash(1), hash(0.0) == hash(0))
