# Insertion order holds for int keys, including after deletes and re-inserts.
d = {}
for k in (5, 3, 9, 1, 7):
    d[k] = k * k
print(list(d), list(d.values()))
del d[9]
d[9] = "back"
d[0] = "zero"
print(list(d.items()))
d[3] = "updated"
print(list(d))
