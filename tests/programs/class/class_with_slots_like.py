# Classes holding data with validation in __init__ and __repr__.
class Money:
    def __init__(self, cents):
        if not isinstance(cents, int):
            raise TypeError("cents must be int")
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return "%s$%d.%02d" % (sign, abs(self.cents) // 100, abs(self.cents) % 100)
    def __hash__(self):
        return hash(self.cents)
a, b = Money(1999), Money(250)
print(a + b, a - b, b - a, b * 3, a == Money(1999), sorted([a, b, Money(5)]), len({a, Money(1999)}))
try:
    Money(1.5)
except TypeError as e:
    print(e)
