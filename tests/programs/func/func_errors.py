# Calling non-callables and passing wrong arguments.
def f(a):
    return a
five, text, nothing = 5, "s", None
cases = [lambda: five(), lambda: text(), lambda: f(), lambda: f(1, 2), lambda: f(b=1), lambda: nothing()]
for c in cases:
    try:
        c()
    except TypeError:
        print("TypeError")
def g(*, k):
    return k
try:
    g()
except TypeError:
    print("TypeError kw-only missing")
try:
    f(1, a=2)
except TypeError:
    print("TypeError multiple values")
