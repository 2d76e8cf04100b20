# Bound methods carry self; unbound access through the class.
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter(5)
m = c.inc
print(m(), m(10), c.n)
print(Counter.inc(c), c.n)
d = Counter(0)
methods = [c.inc, d.inc]
print([f() for f in methods])
lst = []
g = lst.append
g(1); g(2)
up = "abc".upper
print(lst, up())
