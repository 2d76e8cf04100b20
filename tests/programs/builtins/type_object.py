# type() of values, type(name, bases, dict), and object().
print(type(1), type("s"), type([]), type(None), type(type))
print(type(1) is int, type(1.0) == float, type(True) is bool)
o = object()
print(type(o) is object, isinstance(o, object))
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
Dyn = type("Dyn", (object,), {"v": 3, "get": lambda self: self.v * 2})
d = Dyn()
print(Dyn.__name__, d.v, d.get(), isinstance(d, Dyn))
Sub = type("Sub", (Dyn,), {})
print(Sub().get(), issubclass(Sub, Dyn))
