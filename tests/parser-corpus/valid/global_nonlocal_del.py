# global, nonlocal and del forms.
global a
global a, b, c
def f():
    global x, y
    x = 1
    def g():
        nonlocal x
        nonlocal x, y
        del x
    return g
del a
del a, b
del (a, b)
del [a, b]
del (a), [b]
del a[0], a[1:2], a[::], a.b, a.b.c
del (a, (b, [c, d[e]]))
del a,
del (a)
del [a, [b, (c,)]],
del a[...], a[()], a[:, None]
class K:
    global G
    del G
