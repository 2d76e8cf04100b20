# return in a generator sets StopIteration.value.
def gen():
    yield 1
    yield 2
    return "done"

g = gen()
print(list(g))
g = gen()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty value", e.value)
def early(n):
    for i in range(n):
        if i == 3:
            return
        yield i
print(list(early(10)))
