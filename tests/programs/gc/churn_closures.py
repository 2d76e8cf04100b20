# Closures and their cells are garbage once dropped.
def make(n):
    data = [n] * 4
    def f(x):
        return x + sum(data)
    return f
total = 0
keep = []
for i in range(10000):
    g = make(i)
    total += g(1)
    if i % 1000 == 0:
        keep.append(g)
print(total, [k(0) for k in keep])
