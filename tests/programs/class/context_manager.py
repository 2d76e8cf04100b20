# __enter__/__exit__ with normal exit, exceptions, suppression.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val.args if val else None)
        return self.suppress

with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError:
    print("KeyError escaped")
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
def f():
    with Ctx("ret"):
        return "returned"
print(f())
for n in range(3):
    with Ctx("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body")
