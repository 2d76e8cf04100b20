# micropython-specific: locals() and dir() inside a function see the module's names, not the function's locals (MicroPython docs, "Local variables aren't included in locals() result")
TOP = 1
def f(arg):
    val = arg + 1
    names = locals()
    print("TOP" in names, "f" in names, "val" in names, "arg" in names, names is globals())
    d = dir()
    print("TOP" in d, "f" in d, "val" in d, d == sorted(d))
    return val
print(f(1))
print("TOP" in dir(), "f" in locals())
