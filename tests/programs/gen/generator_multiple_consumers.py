# One generator shared by several loops advances once per item.
def numbers():
    for i in range(10):
        yield i
g = numbers()
firsts = [next(g) for _ in range(3)]
evens = [x for x in g if x % 2 == 0]
print(firsts, evens, list(g))
def pairs(it):
    it = iter(it)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs("abcde")), list(pairs([])))
