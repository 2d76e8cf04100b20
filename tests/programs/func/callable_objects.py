# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *more):
        return self.k * x + sum(more)

m = Multiplier(3)
print(m(2), m(2, 1, 1), callable(m), callable(Multiplier), callable("s"))
print(list(map(m, [1, 2, 3])))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        self.calls = 0
    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.calls)
