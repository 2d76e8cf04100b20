# Ranges with negative steps and their lengths, indexing and membership.
for r in (range(10, 0, -1), range(10, 0, -3), range(0, 10, -1), range(-1, -10, -2), range(5, -5, -5)):
    print(list(r), len(r), r[0] if len(r) else None, r[-1] if len(r) else None, 4 in r, -5 in r)
print(list(range(3))[::-1] == list(range(2, -1, -1)), list(reversed(range(1, 10, 4))))
