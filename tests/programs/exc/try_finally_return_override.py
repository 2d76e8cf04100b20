# Interactions of return, break and exceptions with finally.
def f():
    for i in range(3):
        try:
            if i == 1:
                return "returned at %d" % i
        finally:
            print("finally", i)
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(g())
def h():
    while True:
        try:
            raise KeyError
        finally:
            break
    return "break in finally swallows"
print(h())
