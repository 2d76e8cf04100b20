# with: multiple managers, exceptions, return values and nesting.
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print("release", self.name, exc[0].__name__ if exc[0] else "ok")
        return False

with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name, Resource.opened)
print(Resource.opened)
try:
    with Resource("c"):
        with Resource("d"):
            raise RuntimeError("fail inside")
except RuntimeError as e:
    print("caught", e, Resource.opened)
def use():
    with Resource("e") as r:
        return r.name * 2
print(use())
with Resource("f"):
    pass
