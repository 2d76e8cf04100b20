# A class with only __getitem__ is iterable via the old sequence protocol.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i

s = Squares(5)
print(list(s), 9 in s, 10 in s, s[2])
for v in Squares(3):
    print(v)
class Sliceable:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Sliceable(self.data[k])
        return self.data[k]
    def __len__(self):
        return len(self.data)
x = Sliceable(list(range(10)))
print(x[3], x[2:5].data, len(x[::2]), x[-1])
