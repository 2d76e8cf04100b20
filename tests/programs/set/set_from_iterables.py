# Sets built from many iterables; membership of mixed hashables.
s = set("hello") | set([1, 2]) | set((2, 3)) | set(range(2)) | set({"k": 0})
print(len(s), 1 in s, "h" in s, "k" in s, 4 in s)
print(sorted(x for x in s if isinstance(x, int)), sorted(x for x in s if isinstance(x, str)))
print(set() == frozenset(), {1, 2} == {2, 1}, {(1, 2)} == {(1, 2)})
