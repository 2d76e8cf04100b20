# Generators keep locals between yields; several live at once.
def ticker(name, n):
    for i in range(n):
        yield "%s%d" % (name, i)
a = ticker("a", 3)
b = ticker("b", 2)
out = []
for _ in range(3):
    for g in (a, b):
        out.append(next(g, "-"))
print(out)
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
r = running_max()
next(r)
print([r.send(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)])
