# Draining a dict with popitem and pop.
d = {i: chr(97 + i) for i in range(6)}
total = []
while d:
    k, v = d.popitem()
    total.append(k)
print(sorted(total), d)
d = dict(a=1, b=2, c=3)
print(d.pop("b"), d, d.pop("zz", None), len(d))
