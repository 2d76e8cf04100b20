# Two closures sharing one cell see each other's updates.
def pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set

get, set_ = pair()
print(get())
set_(42)
print(get())
get2, set2 = pair()
set2(7)
print(get(), get2())
def loop_cells():
    out = []
    for i in range(3):
        def f(j=i):
            return j * 10
        out.append(f)
    return [f() for f in out]
print(loop_cells())
