# len, indexing and membership of ranges without materialising them.
r = range(0, 10 ** 6, 3)
print(len(r), r[0], r[1000], r[-1], 999999 in r, 999998 in r, 3 * 1000 in r)
r2 = range(10 ** 6, 0, -7)
print(len(r2), r2[-1], r2[10], 7 in r2, 10 ** 6 - 14 in r2)
print(len(range(-100, 100)), sum(range(-100, 100)), len(range(5, 5)), len(range(5, 4)))
