# range: len, indexing, negative steps, membership, iteration.
for r in (range(5), range(2, 10), range(10, 0, -3), range(0), range(5, 5), range(-5, 5, 2), range(3, 0)):
    print(r, len(r), list(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], 14 in r, 15 in r, 98 in r, 100 in r, -7 in r)
print(r[2:5], list(r[2:5]), r[::-1][0], list(range(10)[::3]))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    range(3)[5]
except IndexError:
    print("IndexError")
