# del on names, list items, slices, dict keys and attributes.
x = 5
del x
try:
    x
except NameError:
    print("NameError after del")
l = list(range(8))
del l[0]
del l[-1]
del l[1:3]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
try:
    del o.attr
except AttributeError:
    print("AttributeError")
def f():
    v = 1
    del v
    try:
        return v
    except NameError:
        return "local NameError"
print(f())
