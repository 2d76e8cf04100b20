# Bitwise and shift special methods with reflected forms.
class Flags:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Flags(self.v & int(o))
    def __or__(self, o):
        return Flags(self.v | int(o))
    def __xor__(self, o):
        return Flags(self.v ^ int(o))
    def __rand__(self, o):
        return Flags(o & self.v)
    def __ror__(self, o):
        return Flags(o | self.v)
    def __lshift__(self, n):
        return Flags(self.v << n)
    def __rshift__(self, n):
        return Flags(self.v >> n)
    def __rlshift__(self, n):
        return Flags(n << self.v)
    def __int__(self):
        return self.v
    def __repr__(self):
        return "Flags(%s)" % bin(self.v)

f = Flags(0b1100)
print(f & 0b1010, f | 1, f ^ 0b1111, 0b0110 & f, 1 | f, f << 2, f >> 2, 1 << Flags(3))
