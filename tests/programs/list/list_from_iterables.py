# list() and extend() from many iterable kinds.
def gen():
    yield from (1, 2)
l = list(range(3))
l.extend("ab")
l.extend((9,))
l.extend({"k": 0})
l.extend(gen())
l.extend(x * x for x in range(3))
l += range(2)
print(l, len(l))
print(list(map(len, ["a", "bb"])), list(zip("ab", "cd")), list(enumerate("xy")), list(reversed([1, 2])))
print(sorted(list({3, 1, 2})))
