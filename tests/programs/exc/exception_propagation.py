# Exceptions propagate through several frames and can be caught anywhere.
def level3(x):
    if x > 2:
        raise ValueError("too big: %d" % x)
    return x
def level2(x):
    return level3(x) * 2
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 saw", e)
        raise
for v in (1, 5):
    try:
        print("result", level1(v))
    except ValueError as e:
        print("top caught", e.args)
def cleanup_chain(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        cleanup_chain(n - 1)
    finally:
        print("unwind", n)
try:
    cleanup_chain(3)
except KeyError:
    print("done unwinding")
