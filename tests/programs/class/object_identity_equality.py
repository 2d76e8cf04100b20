# is vs ==, and objects as default dict keys by identity.
class Thing:
    def __init__(self, name):
        self.name = name
t1, t2 = Thing("x"), Thing("x")
print(t1 is t1, t1 is t2, t1 == t2, t1 != t2)
registry = {t1: "first", t2: "second"}
print(registry[t1], registry[t2], len(registry))
s = {t1, t2, t1}
print(len(s), t1 in s, Thing("x") in s)
l = [t1, t2]
print(l.index(t2), l.count(t1), t2 in l)
