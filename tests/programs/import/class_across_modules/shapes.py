registry = {}
_instances = []

class Shape:
    def __init__(self, kind):
        self.kind = kind
        registry[kind] = registry.get(kind, 0) + 1
        _instances.append(self)
    def area(self):
        return 0

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3 * self.r * self.r

def all_shapes():
    return list(_instances)
