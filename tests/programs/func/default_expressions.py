# Default values can be arbitrary expressions evaluated at def time.
base = 10
def f(x, y=base * 2, z=[i * i for i in range(3)], w=len("four")):
    return x, y, z, w
base = 99
print(f(1), f(1, 2, 3, 4))
def g(a, b=None, *, c=lambda v: v + 1):
    return c(a) if b is None else c(b)
print(g(1), g(1, 5), g(1, c=lambda v: v * 100))
