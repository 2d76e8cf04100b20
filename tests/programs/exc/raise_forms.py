# raise with class, instance, re-raise, and from.
def f(n):
    if n == 0:
        raise ValueError
    if n == 1:
        raise ValueError("msg", 42)
    if n == 2:
        try:
            raise KeyError("orig")
        except KeyError:
            raise
    if n == 3:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    if n == 4:
        raise TypeError("no cause") from None
for n in range(5):
    try:
        f(n)
    except Exception as e:
        print(n, type(e).__name__, e.args)
try:
    raise 5
except TypeError:
    print("TypeError: must derive from BaseException")
