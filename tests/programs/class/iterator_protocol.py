# __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Repeat:
    def __init__(self, v, times):
        self.v, self.times = v, times
    def __iter__(self):
        return RepeatIter(self)
class RepeatIter:
    def __init__(self, r):
        self.r, self.i = r, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.r.times:
            raise StopIteration
        self.i += 1
        return self.r.v
r = Repeat("x", 3)
print(list(r), list(r), "".join(r), sorted(Countdown(4)), sum(Countdown(10)))
a, b = Countdown(2)
print(a, b)
