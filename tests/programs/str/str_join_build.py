# Building large strings piecewise and with join.
parts = []
for i in range(200):
    parts.append("%03d" % i)
s = ",".join(parts)
print(len(s), s[:23], s[-11:])
t = ""
for i in range(100):
    t = t + chr(65 + i % 26)
print(t[:30], len(t), t.count("A"))
print("".join(["x"] * 50))
print(("ab" * 1000).count("ba"))
