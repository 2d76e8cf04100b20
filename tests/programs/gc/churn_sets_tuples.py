# Sets and tuples created and discarded in bulk.
seen = set()
total = 0
for i in range(10000):
    t = (i % 97, i % 89, "s")
    s = {t[0], t[1]}
    total += len(s)
    if i % 500 == 0:
        seen.add(t)
print(total, len(seen), sorted(seen)[:3])
