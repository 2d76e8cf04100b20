# Properties are inherited and can be overridden.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @property
    def double(self):
        return self.v * 2
class Child(Base):
    @property
    def v(self):
        return 100
class Settable(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value
print(Base().double, Child().double, Child().v)
s = Settable()
s.v = 21
print(s.v, s.double)
try:
    Base().v = 5
except AttributeError:
    print("AttributeError")
