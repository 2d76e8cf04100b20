# Comprehensions calling functions, methods and building objects.
class P:
    def __init__(self, x):
        self.x = x
def sq(v):
    return v * v
objs = [P(i) for i in range(5)]
print([o.x for o in objs if o.x % 2], [sq(o.x) for o in objs])
print({o.x: sq(o.x) for o in objs if o.x > 1}, sum(o.x for o in objs))
print(["".join(reversed(w)) for w in "abc def".split()], [w.upper() for w in ("x", "y")])
print([[o.x * k for k in range(3)] for o in objs[:2]])
