# Driving iterators by hand and catching StopIteration.
it = iter([10, 20])
out = []
while True:
    try:
        out.append(next(it))
    except StopIteration:
        break
print(out)
class Limited:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Limited()), sum(Limited()))
e = StopIteration(5)
print(e.args, e.value)
