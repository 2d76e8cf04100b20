# micropython-specific: MicroPython keeps no symbolic local environment, so locals() is the module's globals() inside functions too (docs: "Local variables aren't included in locals() result")
g = 1
def f():
    y = 2
    d = locals()
    return d is globals(), "g" in d, "f" in d, "y" in d
print(f())
print(locals() is globals())
class C:
    pass
print(sorted(k for k in locals() if not k.startswith("__")))
