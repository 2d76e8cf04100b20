# In-place operators use __iadd__ etc. when present, else fall back.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __isub__(self, v):
        self.items.remove(v)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self

a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 3
print(a.items, a is alias)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before, before.v)
class Bits:
    def __init__(self, v):
        self.v = v
    def __iand__(self, o):
        self.v &= o; return self
    def __ior__(self, o):
        self.v |= o; return self
    def __ixor__(self, o):
        self.v ^= o; return self
    def __ilshift__(self, o):
        self.v <<= o; return self
    def __irshift__(self, o):
        self.v >>= o; return self
b = Bits(0b1010)
b |= 0b0101; print(b.v)
b &= 0b0110; print(b.v)
b ^= 0b1111; print(b.v)
b <<= 4; print(b.v)
b >>= 2; print(b.v)
