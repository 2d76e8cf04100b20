# Exceptions crossing several nested try blocks at different levels.
def inner(kind):
    try:
        if kind == 1:
            raise ValueError("v")
        if kind == 2:
            raise KeyError("k")
        if kind == 3:
            raise TypeError("t")
        return "no error"
    except ValueError:
        return "inner handled ValueError"
    finally:
        print("inner finally", kind)
def middle(kind):
    try:
        return inner(kind)
    except KeyError:
        return "middle handled KeyError"
def outer(kind):
    try:
        return middle(kind)
    except Exception as e:
        return "outer handled " + type(e).__name__
for k in range(4):
    print(outer(k))
