# index() with start/stop and count() over mixed values.
l = [1, "a", 1.0, True, None, "a", [1], 1]
print(l.count(1), l.count("a"), l.count(None), l.count([1]), l.count(2))
print(l.index("a"), l.index("a", 2), l.index(1, 1), l.index(1, 4), l.index(None, 0, 5))
try:
    l.index("a", 6)
except ValueError:
    print("ValueError")
