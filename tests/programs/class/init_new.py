# __new__ runs before __init__ and can return another object.
class Tracked:
    created = 0
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        Tracked.created += 1
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
        self.v = v

t = Tracked(5)
print(t.v, Tracked.created)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine())
