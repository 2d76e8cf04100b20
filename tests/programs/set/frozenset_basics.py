# frozenset: immutable, hashable, mixed operations.
f = frozenset([3, 1, 2])
g = frozenset("aab")
print(sorted(f), sorted(g), len(f), 1 in f, type(f).__name__)
print(type(f | {9}).__name__, sorted(f | {9}), sorted(f & {1, 5}), sorted(f - {1}), sorted(f ^ {3, 4}))
print(type({9} | f).__name__)
d = {f: "frozen", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), hash(f) == hash(frozenset((1, 2, 3))))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
try:
    {[1]}
except TypeError:
    print("TypeError")
