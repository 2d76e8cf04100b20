# filter, map, zip are lazy iterators.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, 2))))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("map created")
print(next(m))
print(list(m))
z = zip(iter([1, 2]), iter([3]))
print(list(z), list(z))
pairs = [("a", 1), ("b", 2)]
letters, nums = zip(*pairs)
print(letters, nums)
