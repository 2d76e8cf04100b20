# Booleans as list indexes and dict keys (equal to 0 and 1).
choices = ["no", "yes"]
print(choices[True], choices[False], choices[1 > 0])
d = {0: "zero", 1: "one"}
print(d[False], d[True])
d[True] = "replaced one"
print(d, len(d))
counts = {True: 0, False: 0}
for v in (1, 0, 5, "", "x", None, []):
    counts[bool(v)] += 1
print(counts)
