# yield from delegates iteration, send and return value.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield from range(3)
    yield from "ab"
    return "outer-done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "xy", range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
