# globals() and locals() at module level.
x = 10
g = globals()
print("x" in g, g["x"], "__name__" in g, g["__name__"])
g["y"] = 20
print(y)
print(locals() is globals() or "x" in locals())
def f():
    return "f" in globals()
print(f())
