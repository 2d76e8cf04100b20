# Builtins dispatching to special methods of user classes.
class Weird:
    def __abs__(self):
        return "absolute"
    def __len__(self):
        return 7
    def __iter__(self):
        return iter([3, 1, 2])
    def __contains__(self, x):
        return x == "magic"
w = Weird()
print(abs(w), len(w), sorted(w), list(w), max(w), min(w), sum(w), "magic" in w, 3 in w)
print(list(enumerate(w)), list(zip(w, "abc")), tuple(w), set(w) == {1, 2, 3})
