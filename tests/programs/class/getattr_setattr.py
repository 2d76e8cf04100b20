# __getattr__ for missing attributes; __setattr__ and __delattr__ intercept.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)

class Data:
    pass
d = Data()
d.a = 1
p = Proxy(d)
print(p.a)
p.b = 2
print(d.b, p.b)
del p.a
print(hasattr(d, "a"), p.log)
class Default:
    x = 1
    def __getattr__(self, name):
        return "default-" + name
o = Default()
print(o.x, o.anything, getattr(o, "other"))
class Strict:
    def __getattr__(self, name):
        raise AttributeError(name)
print(hasattr(Strict(), "nope"))
