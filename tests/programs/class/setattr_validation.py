# __setattr__ validating all assignments, including in __init__.
class Positive:
    def __init__(self, v):
        self.v = v
    def __setattr__(self, name, value):
        if value < 0:
            raise ValueError("negative " + name)
        super().__setattr__(name, value)

p = Positive(5)
p.v = 7
print(p.v)
try:
    p.v = -1
except ValueError as e:
    print(e)
try:
    Positive(-3)
except ValueError as e:
    print(e)
print(p.v)
