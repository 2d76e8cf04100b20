# Slicing a range gives a range.
r = range(0, 20, 2)
for s in (r[2:5], r[::2], r[::-1], r[-3:], r[1:-1:3], r[5:2]):
    print(list(s), len(s))
print(type(r[1:3]).__name__, r[1:3][0])
