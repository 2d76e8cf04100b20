# __hash__ and __eq__ for dict keys and set members.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())

d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(len(d), d[Key("alpha")], Key("BETA") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class Ident:
    pass
i1, i2 = Ident(), Ident()
print(len({i1, i2, i1}), {i1: "a"}[i1])
print(hash(5) == 5, hash(0) == 0, hash((1, 2)) == hash((1, 2)), hash(True) == 1)
