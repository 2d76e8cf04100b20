# Subclasses of int: real instances that act as ints.
class Money(int):
    def cents(self):
        return self * 100
    def __repr__(self):
        return "Money(%d)" % int(self)
m = Money(7)
print(m, repr(m), type(m).__name__, isinstance(m, int), isinstance(m, Money))
print(m.cents(), m + 1, 1 + m, m * m, -m, abs(Money(-3)), m // 2, m % 4, m ** 2, m << 1)
print(m == 7, 7 == m, m < 8, m > 6.5, hash(m) == hash(7), int(m), float(m), str(m), bool(Money(0)))
print([10, 20, 30, 40, 50, 60, 70, 80][m], list(range(Money(3))), "%d %x" % (m, m), "{}".format(m))
m.label = "seven"
print(m.label, {m: 1}[7], Money("12") + 0, Money(2 ** 70) // 2 ** 69)
class Flag(int):
    def __new__(cls, v, name):
        self = super().__new__(cls, v)
        self.name = name
        return self
f = Flag(4, "bit2")
print(f, f.name, f | 1, f & 4, f.bit_length(), f.to_bytes(1, "big"))
