# Rich comparison methods; sorting user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return ".".join(str(p) for p in self.parts)

a, b, c = Version("1.2.10"), Version("1.10"), Version("1.2.10")
print(a == c, a != b, a < b, a <= c, b > a, b >= b, a is c)
print(sorted([Version("2.0"), a, b, Version("0.9")]))
print(max(a, b), min([b, a]), len({a, c, b}))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
