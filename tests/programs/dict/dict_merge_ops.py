# dict | and |= (PEP 584) and ** unpacking.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = a.copy()
c |= b
print(c, a)
print(dict(**a), dict(a, **b))
def f(**kw):
    return sorted(kw.items())
print(f(q=9, **a))
