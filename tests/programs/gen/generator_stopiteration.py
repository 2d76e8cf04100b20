# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError:
    print("RuntimeError")
def uses_next(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v * 2
print(list(uses_next(iter([1, 2, 3]))))
