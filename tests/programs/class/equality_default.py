# Default equality is identity; __ne__ follows __eq__.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
a, b, c = P(1), P(1), P(2)
print(a == b, a != b, a == c, a != c, a == 1, 1 == a, a in [b], [a] == [b])
print(a is b, [a].index(b), (c,) == (P(2),))
