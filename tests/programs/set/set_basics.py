# set construction and mutation; printed sorted.
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 not in s)
s.add(10); s.add(1)
print(sorted(s))
s.remove(10); s.discard(42); s.discard(3)
print(sorted(s))
try:
    s.remove(42)
except KeyError:
    print("KeyError")
x = s.pop()
print(x in (1, 2), len(s))
s.clear()
print(len(s), s == set(), set() == set([]))
print(sorted(set("hello")), sorted(set([1, 1.0, True, 2])), len(set(range(100))))
try:
    set().pop()
except KeyError:
    print("KeyError pop")
print(type(set()).__name__, set(), bool(set()))
