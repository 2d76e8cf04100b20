# Tuple comparison is lexicographic; used for multi-key sorting.
pts = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "m")]
print(sorted(pts), max(pts), min(pts))
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), (1, 3) > (1, 2, 9), () < (0,))
print(sorted([(3, -1), (3, -2), (-1, 5)], key=lambda t: (t[0], -t[1])))
