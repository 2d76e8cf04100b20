# Arithmetic special methods, reflected and in-place.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else V(self.x + o, self.y + o)
    def __radd__(self, o):
        return V(o + self.x, o + self.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return V(abs(self.x), abs(self.y))
    def __invert__(self):
        return V(~self.x, ~self.y)

a, b = V(1, 2), V(10, -20)
print(a + b, a - b, a * 3, 3 * a, 1 + a, a + 1, b / 4, b // 3, b % 3, a ** 2)
print(-a, +a, abs(b), ~a)
print(sum([a, b, V(0, 1)], V(0, 0)))
