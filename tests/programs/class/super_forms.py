# super() with and without arguments.
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return "made " + cls.__name__

class Mid(Base):
    def greet(self):
        return "mid>" + super().greet()
    @classmethod
    def make(cls):
        return "mid " + super().make()

class Leaf(Mid):
    def greet(self):
        return "leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()

l = Leaf()
print(l.greet(), l.skip(), Leaf.make(), Mid.make())
class Init(Base):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Init().ok)
