# nonlocal across several levels; global vs nonlocal.
g = "global"
def outer():
    a = 1
    def middle():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
            return a
        return inner()
    r = middle()
    return a, r
print(outer())
def set_global():
    global g
    g = "changed"
set_global()
print(g)
def shadow():
    g = "local"
    return g
print(shadow(), g)
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = acc()
a(1); a(2)
print(a(3))
