# Dynamic dispatch over a heterogeneous list.
class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
shapes = [Rect(2, 3), Square(4), Tri(3, 5)]
for s in shapes:
    print(s.describe())
print(sum(s.area() for s in shapes))
try:
    Shape().describe()
except NotImplementedError:
    print("NotImplementedError")
