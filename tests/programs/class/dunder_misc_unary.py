# __neg__, __pos__, __abs__, __invert__, __len__, __contains__ on one class.
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __neg__(self):
        return Vec(*[-x for x in self.c])
    def __pos__(self):
        return Vec(*self.c)
    def __abs__(self):
        return sum(x * x for x in self.c)
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __len__(self):
        return len(self.c)
    def __contains__(self, v):
        return v in self.c
    def __repr__(self):
        return "Vec%r" % (tuple(self.c),)
v = Vec(3, -4, 12)
print(-v, +v, abs(v), ~v, len(v), -4 in v, 5 in v, bool(Vec()), bool(v))
