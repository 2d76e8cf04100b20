# __new__ is inherited, gets keyword arguments, can be an explicit
# staticmethod, can be called directly, and __init__ runs only when it
# returns an instance of the class being created.
class Base:
    def __new__(cls, *args, **kw):
        print("Base.__new__", cls.__name__, args, sorted(kw.items()))
        return super().__new__(cls)
    def __init__(self, x, y=0):
        self.total = x + y

class Child(Base):
    pass

c = Child(1, y=2)
print(type(c).__name__, c.total)

class Explicit:
    @staticmethod
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v * 2
        return o
print(Explicit(21).v)

class Other:
    def __init__(self):
        print("Other.__init__ runs only when called itself")

class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        if kind == "sub":
            return object.__new__(Sub)
        return object.__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", type(self).__name__, kind)

class Sub(Factory):
    pass

for k in ("self", "other", "sub"):
    print(type(Factory(k)).__name__)

d = Base.__new__(Child)
print(type(d).__name__, hasattr(d, "total"))

class Chain(Base):
    def __new__(cls, x):
        print("Chain.__new__")
        return super().__new__(cls, x)
print(Chain(5).total)
