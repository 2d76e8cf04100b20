# Many generators, some left unfinished, are created and dropped.
def gen(n):
    buf = list(range(n))
    for x in buf:
        yield x * 2
total = 0
for i in range(5000):
    g = gen(10)
    total += next(g) + next(g)
    if i % 3 == 0:
        total += sum(g)
print(total)
