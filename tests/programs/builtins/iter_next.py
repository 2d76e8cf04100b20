# iter() and next(), with defaults and the sequence protocol.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 3
print(list(iter(Seq())), next(iter(Seq())))
d = {"k": 1, "j": 2}
di = iter(d)
print(next(di), next(di))
print(iter(it) is it)
try:
    iter(5)
except TypeError:
    print("TypeError")
