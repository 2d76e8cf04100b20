# __new__ with arguments and caching instances by key.
class Color:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = object.__new__(cls)
        cls._cache[name] = obj
        return obj
    def __init__(self, name):
        self.name = name
red1 = Color("red")
red2 = Color("red")
blue = Color("blue")
print(red1 is red2, red1 is blue, len(Color._cache), red2.name, blue.name)
