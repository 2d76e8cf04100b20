# callable() on functions, classes, instances, builtins.
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
def f():
    pass
for obj in (f, lambda: 0, WithCall, WithCall(), Without(), len, print, 3, "s", None, [].append, int):
    print(callable(obj), end=" ")
print()
