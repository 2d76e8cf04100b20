# Mixin classes adding behaviour to unrelated hierarchies.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, getattr(self, k)) for k in self.fields)
        return "%s(%s)" % (type(self).__name__, fields)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
class Point(ReprMixin, EqMixin):
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class User(EqMixin, ReprMixin):
    fields = ("name",)
    def __init__(self, name):
        self.name = name
print(Point(1, 2), User("ann"), [Point(0, 0)])
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), User("a") == User("a"), User("a") == Point(1, 1))
