# yield as an expression in various positions.
def g():
    x = yield 1
    y = (yield x) + 10
    z = [(yield y), (yield "last")]
    return z
it = g()
print(next(it))
print(it.send("sent-x"))
print(it.send(5))
print(it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print("returned", e.value)
def none_yield():
    yield
    yield
print(list(none_yield()))
