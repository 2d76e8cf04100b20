# sort is stable: equal keys keep their order.
data = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
l = list(data)
l.sort(key=lambda t: t[0], reverse=True)
l.sort(key=lambda t: t[1])
print(l)
print(sorted([3, 1, 2], key=lambda v: 0))
