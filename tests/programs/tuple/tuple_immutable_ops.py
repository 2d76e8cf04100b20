# Operations on tuples always make new tuples.
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
c = b * 2
print(c, len(c), c.count(2), c.index(2, 2))
d = tuple(sorted((3, 1, 2)))
e = tuple(reversed(d))
print(d, e, d + e, d[1:], e[:-1], min(d), max(e), sum(d))
print(tuple(), (), tuple([()]), ((),), tuple("") == ())
