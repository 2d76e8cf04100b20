# Dicts across the sizes where the index changes its slot width (8, 16
# and 32 bits): inserts, lookups, deletes, re-inserts, order.
for n in (9, 200, 254, 255, 256, 300, 65534, 65535, 65536, 70000):
    d = {}
    for i in range(n):
        d[i * 7919 % 1000003] = i
    ok = all(d[i * 7919 % 1000003] == i for i in range(n))
    for i in range(0, n, 3):
        del d[i * 7919 % 1000003]
    ok = ok and all(((i * 7919 % 1000003) in d) == (i % 3 != 0) for i in range(n))
    for i in range(0, n, 3):
        d[i * 7919 % 1000003] = -i
    values = list(d.values())
    print(n, len(d), ok, values[:3], values[-2:], sum(values))
s = {}
for i in range(70000):
    s["k" + str(i)] = i
print(len(s), s["k69999"], s.get("k70000"), list(s)[-1])
