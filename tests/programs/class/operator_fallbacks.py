# Reflected operators are tried when the left operand returns NotImplemented.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, int):
            return Meters(self.v * k)
        return NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __repr__(self):
        return "%dm" % self.v
print(Meters(2) + Meters(3), Meters(2) + 5, 5 + Meters(2), 3 * Meters(4), Meters(4) * 3)
print(sum([Meters(1), Meters(2), Meters(3)]))
for bad in (lambda: Meters(1) + "x", lambda: "x" + Meters(1), lambda: Meters(1) * Meters(1)):
    try:
        bad()
    except TypeError:
        print("TypeError")
