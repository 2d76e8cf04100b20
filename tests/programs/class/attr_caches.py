# Attribute and method call sites cache where they found a name; every
# change below must still be seen by a site that has already run.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k=2):
        return Point(self.x * k, self.y * k)

class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def norm1(self):
        return Point.norm1(self) + abs(self.z)

def get_x(p):
    return p.x

def set_x(p, v):
    p.x = v

def norm(p):
    return p.norm1()

def run_sites():
    pts = [Point(1, -2), Point3(1, 2, -3), Point(5, 5)]
    for _ in range(3):
        print([get_x(p) for p in pts], [norm(p) for p in pts])
    # a method shadowed by an instance attribute
    p = Point(1, 1)
    print(norm(p))
    p.norm1 = lambda: "instance"
    print(norm(p))
    del p.norm1
    print(norm(p))
    # the class's method replaced, then deleted in the subclass
    old = Point.norm1
    Point.norm1 = lambda self: 100
    print(norm(pts[0]), norm(pts[1]))
    Point.norm1 = old
    del Point3.norm1
    print(norm(pts[1]))
    # defaults and keywords through a method site
    print(p.scaled().x, p.scaled(3).y, p.scaled(k=4).x)
    # a deleted attribute
    q = Point(7, 8)
    print(get_x(q))
    del q.x
    try:
        get_x(q)
    except AttributeError:
        print("AttributeError")
    set_x(q, 9)
    print(get_x(q))

def run_descriptors():
    p = Point(3, 4)
    print(get_x(p))
    set_x(p, 30)
    print(get_x(p))
    # a data descriptor added to the class takes over from the instance dict
    Point.x = property(lambda self: "property", lambda self, v: print("setter", v))
    print(get_x(p))
    set_x(p, 40)
    del Point.x
    print(get_x(p))
    # __setattr__ added later intercepts stores at a cached site
    def hook(self, name, value):
        print("hook", name, value)
        object.__setattr__(self, name, value * 10)
    Point.__setattr__ = hook
    set_x(p, 5)
    print(get_x(p))
    del Point.__setattr__
    set_x(p, 6)
    print(get_x(p))

class Lazy:
    def __getattr__(self, name):
        return "computed " + name

def run_getattr():
    a = Lazy()
    for _ in range(2):
        print(get_x(a))
    a.x = "stored"
    print(get_x(a))

run_sites()
run_descriptors()
run_getattr()
