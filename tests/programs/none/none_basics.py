# None is a singleton with no attributes of interest.
x = None
print(x, repr(x), str(x), type(x).__name__, bool(x))
print(x is None, x == None, x != 0, None is type(None)())
def f():
    pass
print(f(), f() is None)
def g(a=None):
    return "default" if a is None else a
print(g(), g(0), g(""))
d = {"k": None}
print(d.get("k"), d.get("missing"), d.get("k", 5))
print([None] * 3, (None,))
try:
    None + 1
except TypeError:
    print("TypeError")
try:
    None.foo
except AttributeError:
    print("AttributeError")
