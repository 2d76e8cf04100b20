# Semantics the compiled fast paths must keep: small-int overflow, float
# arithmetic mixed with ints, rebinding globals and shadowing builtins after
# call sites have cached them, calls that need the full argument binder.

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x

def check_ints():
    big = (1 << 62) - 1
    print(add(big, big), add(-big, -big - 10), mul(big, 4), mul(-(1 << 40), 1 << 40))
    print(grow(50), (1 << 30) * (1 << 30), (2 ** 31 - 1) + 1, -(2 ** 31) - 1)
    print(5 & 3, 5 | 3, 5 ^ 3, -7 & 0xff, 7 < 9, 9 <= 9, 3 == 3, 3 != 3)
    x = 1 << 61
    x += x
    x -= 1
    print(x, type(x).__name__)

def check_floats():
    f = 0.5
    print(f + 1, 1 + f, f * 3, 3 * f, 7 / 2.0, 2.0 / 8, f - 2, 2 - f)
    print(1.0 < 2.0, 2.0 <= 2.0, 0.1 + 0.2 == 0.3, 1.5 != 1.5, 1.0 == 1, 2 ** 53 + 1.0)
    z = 0.0
    z += 1
    z *= 2.5
    print(z)
    try:
        print(1.0 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError")
    try:
        print(1 / 0.0)
    except ZeroDivisionError:
        print("ZeroDivisionError")
    print(True + 1.5, 3 // 2.0, 7 % 2.5)

def f(x):
    return "first", x

def call_f():
    return f(1)

def kw(a, b=2, *rest, c=3, **more):
    return a, b, rest, c, sorted(more.items())

def check_calls():
    global f
    print(call_f())
    def g(x):
        return "second", x
    f = g
    print(call_f())
    del f
    try:
        call_f()
    except NameError:
        print("NameError")
    print(kw(1), kw(1, 5, 6, c=7, d=8), kw(*[1, 2, 3]), kw(a=4))
    try:
        add(1)
    except TypeError:
        print("TypeError missing")
    try:
        add(1, 2, 3)
    except TypeError:
        print("TypeError extra")

def uses_len(s):
    return len(s)

def check_builtin_shadowing():
    global len
    print(uses_len("abc"))
    len = lambda s: 42
    print(uses_len("abc"))
    del len
    print(uses_len("abcd"))
    globals()["len"] = lambda s: -1
    print(uses_len("abc"))
    del globals()["len"]
    print(uses_len("ab"))

def truthiness():
    out = []
    for v in (0, 1, -1, 0.0, 2.5, "", "x", None, True, False, [], [0], 1 << 70):
        out.append("T" if v else "F")
    print("".join(out))

check_ints()
check_floats()
check_calls()
check_builtin_shadowing()
truthiness()
