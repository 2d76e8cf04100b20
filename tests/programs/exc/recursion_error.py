# Unbounded recursion raises RecursionError (a RuntimeError).
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError as e:
    print("RuntimeError subclass caught:", isinstance(e, RuntimeError))
def ok_depth(n):
    return 0 if n == 0 else 1 + ok_depth(n - 1)
print(ok_depth(200))
