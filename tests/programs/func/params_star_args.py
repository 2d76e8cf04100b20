# *args and **kwargs collection and call-site unpacking.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{"y": 5}))
def g(a, b, *rest, c=0, **kw):
    return a, b, rest, c, kw
print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6))
print(g(*range(5)))
print(g(**{"a": "A", "b": "B", "z": 1}))
args = (1, 2)
kwargs = {"c": 3}
print(g(*args, **kwargs))
print(f(*"ab"), f(0, *(1,)))
