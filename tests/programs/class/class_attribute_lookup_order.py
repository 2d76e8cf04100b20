# Instance dict, then class, then bases; methods vs data attributes.
class Base:
    a = "base a"
    b = "base b"
    def m(self):
        return "base m"
class Child(Base):
    b = "child b"
    def m(self):
        return "child m"
c = Child()
print(c.a, c.b, c.m())
c.a = "instance a"
c.m = lambda: "instance m"
print(c.a, c.m(), Child.m(c), Base.m(c))
del c.a
print(c.a)
Base.a = "base a changed"
print(c.a, Child.a)
