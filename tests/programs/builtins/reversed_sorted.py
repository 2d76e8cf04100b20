# reversed on sequences and objects with __reversed__; sorted variants.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
class R:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: "x", 1: "y"}), sorted([(2, "a"), (1, "b")]))
print(sorted([-3, 2, -1], key=abs, reverse=True))
try:
    reversed(5)
except TypeError:
    print("TypeError")
