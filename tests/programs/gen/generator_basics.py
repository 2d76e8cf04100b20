# Generator functions: laziness, state, exhaustion.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(3)
print("created")
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next(g)
except StopIteration:
    print("StopIteration again")
print(list(count_up(4)), sum(count_up(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(next(iter([])) if False else next(count_up(0), "default"))
