# list, dict and set subclasses whose __init__ calls super().__init__(...).
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("xs", (3, 1, 2))
n.sort()
print(n, n.name, len(n), isinstance(n, list), n + [4], type(n).__name__)
class Counter(dict):
    def __init__(self, words):
        super().__init__()
        for w in words:
            self[w] = self.get(w, 0) + 1
c = Counter("a b a c a".split())
print(sorted(c.items()), len(c), c["a"], isinstance(c, dict))
class Config(dict):
    def __init__(self, **kw):
        super().__init__(kw, debug=False)
cfg = Config(level=2)
print(sorted(cfg.items()))
class Zeros(dict):
    def __missing__(self, key):
        return 0
z = Zeros(a=1)
print(z["a"], z["b"], "b" in z, len(z))
class Tags(set):
    def __init__(self, text):
        super().__init__(text.split(","))
t = Tags("x,y,x")
print(sorted(t), len(t), isinstance(t, set))
