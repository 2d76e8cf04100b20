# A collection class implementing the full protocol.
class Bag:
    def __init__(self, *items):
        self.counts = {}
        for i in items:
            self.add(i)
    def add(self, item):
        self.counts[item] = self.counts.get(item, 0) + 1
    def __len__(self):
        return sum(self.counts.values())
    def __iter__(self):
        for k, n in self.counts.items():
            for _ in range(n):
                yield k
    def __contains__(self, item):
        return item in self.counts
    def __getitem__(self, item):
        return self.counts.get(item, 0)
    def __eq__(self, other):
        return self.counts == other.counts
b = Bag("a", "b", "a", "c", "a")
print(len(b), list(b), "a" in b, "z" in b, b["a"], b["z"], sorted(b))
print(b == Bag("c", "a", "b", "a", "a"), b == Bag("a"))
print(bool(Bag()), bool(b), [x for x in b if x != "a"])
