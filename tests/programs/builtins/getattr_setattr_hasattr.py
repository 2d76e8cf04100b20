# getattr, setattr, hasattr, delattr.
class O:
    cls_attr = "c"
o = O()
setattr(o, "x", 10)
print(getattr(o, "x"), o.x, hasattr(o, "x"), hasattr(o, "y"), getattr(o, "y", None), getattr(o, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError:
    print("AttributeError")
try:
    delattr(o, "missing")
except AttributeError:
    print("AttributeError delattr")
name = "dyn" + "amic"
setattr(O, name, lambda self: "method made at runtime")
print(o.dynamic())
print(getattr([1, 2], "count")(1), getattr("s", "upper")())
