# Builds and drops many strings; checks the survivors.
survivors = []
h = 0
for i in range(15000):
    s = "item-%d-%s" % (i, "x" * (i % 50))
    h = (h * 31 + len(s)) % 1000003
    if i % 1500 == 0:
        survivors.append(s[:12])
print(h, survivors)
acc = ""
for i in range(3000):
    acc = (acc + str(i))[-40:]
print(acc)
