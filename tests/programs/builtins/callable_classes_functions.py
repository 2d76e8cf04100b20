# Classes, functions and instances passed to builtins that take callables.
class Doubler:
    def __call__(self, x):
        return x * 2
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = list(map(Point, [1, 2, 3], [3, 1, 2]))
print([p.x for p in sorted(pts, key=lambda p: p.y)], list(map(Doubler(), [1, 2, 3])))
print(list(map(int, ["1", "22", "-3"])), list(map(float, ["0.5", "2"])), list(filter(bool, [0, 1, "", "x"])))
print(list(map(tuple, ["ab", "c"])), sorted(map(str, [10, 9, 100])))
