# Deleting from a dict while iterating over a snapshot of its keys.
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = k * 10
print(d)
