# Aggregates over empty inputs, generators, mixed numbers and starts.
print(sum([]), sum([], 5), sum(iter([1, 2])), sum([1.5, 2.5]), sum([True, True]))
print(min([3]), max("z"), min(x for x in [4, 2, 8]), max(0, -0.0), min(-0.0, 0))
print(max([1, 2], [1, 3]), min((2, "b"), (2, "a")), max(range(10), key=lambda v: v % 4))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(range(10 ** 5)))
