# Class definition, instances, attributes, methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, -4)
print(p.x, p.y, p.norm1(), Point.dims, p.dims)
q = p.moved(1, 1)
print(q.x, q.y, p.x)
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(q, "z"))
print(type(p).__name__, Point.__name__, isinstance(p, Point), type(p) is Point)
try:
    q.z
except AttributeError:
    print("AttributeError")
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, isinstance(e, object))
