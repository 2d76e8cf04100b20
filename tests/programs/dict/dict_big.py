# Many insertions and deletions keep dict contents right.
d = {}
for i in range(5000):
    d[i * 7 % 5003] = i
print(len(d), d[7], d[0], sum(d.values()) == sum(range(5000)))
for i in range(0, 5000, 2):
    del d[i * 7 % 5003]
print(len(d), list(d)[:5], (14 in d), (7 in d))
s = {}
for i in range(1000):
    s["key%d" % i] = i
print(s["key999"], len(s), list(s)[-3:])
