# sort over the key kinds the runtime compares directly (small ints, str,
# tuples of them) and the ones it hands to the generic operators.
print(sorted([3, -1, 0, -1073741824, 1073741823, 7, -7, 2]))
print(sorted([2 ** 40, -2 ** 40, 5, -5, 2 ** 30, 2 ** 30 - 1]))
print(sorted([1.5, 1, -0.5, True, False, 2]))
print(sorted(["b", "a", "ab", "", "aa", "B", "é", "z", "ä"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), ()]))
print(sorted([(1, 2.5), (1, 2), (1.0, 3), (0.5, 9)]))
print(sorted([((1, 2), 3), ((1, 1), 9), ((0, 5), 1)]))
print(sorted(["b", "a", "c"], reverse=True))
# stability: equal keys keep their order, also with reverse=True
pairs = [(1, "x"), (0, "y"), (1, "z"), (0, "w")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
nan = float("nan")
t = (nan, 1)
print(sorted([t, t]) == [t, t])
class Ver:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n > other.n
    def __repr__(self):
        return "Ver(%d)" % self.n
print(sorted([Ver(1), Ver(3), Ver(2)]))
print(sorted([(1, Ver(1)), (1, Ver(3)), (0, Ver(2))]))
class S(str):
    pass
print(sorted([S("b"), "a", S("c")]))
for bad in ([1, "a"], [(1, 2), (1, "x")], [("a",), (1,)]):
    try:
        sorted(bad)
        print("sorted", bad)
    except TypeError:
        print("TypeError")
