# classmethods receive the subclass; staticmethods do not.
class Shape:
    count = 0
    def __init__(self, size):
        self.size = size
    @classmethod
    def unit(cls):
        cls.count += 1
        return cls(1)
    @staticmethod
    def describe(x):
        return "shape of size %d" % x
    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.size)
class Square(Shape):
    pass
class Circle(Shape):
    count = 100
print(Shape.unit(), Square.unit(), Circle.unit(), Square.unit())
print(Shape.count, Square.count, Circle.count)
print(Square.describe(3), Circle(2).describe(5))
