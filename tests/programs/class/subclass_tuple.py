# Subclasses of tuple: real instances, __new__ through super(), extra attributes.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swapped(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, type(p).__name__, isinstance(p, tuple), isinstance(p, Pair), len(p), p.first)
print(p.swapped(), p + (3,), p[1:], p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p.count(1), p.index(2))
a, b = p
print(a, b, list(p), sorted(Pair(3, 1)), {p: "x"}[(1, 2)], max(p))
p.note = "n"
print(p.note, p)
class Point(tuple):
    def __init__(self, items):
        self.dims = len(items)
    def norm1(self):
        return sum(abs(v) for v in self)
q = Point([3, -4, 5])
print(q, q.dims, q.norm1(), len(q), q[-1], type(q).__name__)
class Empty(tuple):
    pass
e = Empty()
print(e, len(e), bool(e), Empty("ab"), type(Empty("ab")).__name__)
