# **kwargs preserves the order keywords were passed.
def f(**kw):
    return list(kw.items())
print(f(b=1, a=2, c=3))
print(f(x=3, **{"z": 1, "y": 2}))
def g(a, **rest):
    return a, rest
print(g(1, z=0, a2=5), g(a=3))
def h(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw))
print(h(1, 2, 3), h(sep="+"), h(4, 5, sep="", end="!"))
