# iter() and next(), with defaults and the two-argument sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s))
vals = [3, 2, 1, 0, 5]
pos = [0]
def produce():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(produce, 0)))
d = {"k": 1, "j": 2}
di = iter(d)
print(next(di), next(di))
print(iter(it) is it)
try:
    iter(5)
except TypeError:
    print("TypeError")
