# slice objects, their attributes, indices(), and __getitem__ receiving them.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
l = list(range(10))
print(l[s], l[slice(3)], l[slice(None, None, -1)])
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[...])
print(p[1:2].start, p[:5].stop, p[::2].step, p[:].start)
