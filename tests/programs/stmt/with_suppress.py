# A context manager that suppresses selected exceptions.
class suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, typ, val, tb):
        return typ is not None and issubclass(typ, self.types)

with suppress(KeyError):
    {}["x"]
    print("not printed")
print("after KeyError")
with suppress(ValueError, TypeError):
    int("x")
print("after ValueError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
for i in range(3):
    with suppress(IndexError):
        print([10, 20][i])
