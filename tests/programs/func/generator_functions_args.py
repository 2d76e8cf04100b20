# Generators accept all parameter kinds.
def gen(a, b=2, *rest, step=1, **kw):
    yield a
    yield b
    yield from rest
    for k in sorted(kw):
        yield k
    yield step
print(list(gen(1)), list(gen(1, 5, 6, 7, step=3, z=0, y=1)))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), list(countdown(0)))
