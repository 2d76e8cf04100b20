# Arguments are evaluated left to right, before the call.
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
print(f(v(1), v(2), k=v(3), j=v(4)))
print(log)
log.clear()
print(v("a") + v("b") * v(3))
print(log)
log.clear()
l = [v("x"), v("y")]
print(log, l)
