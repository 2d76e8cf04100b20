# Nested function definitions and helpers.
def outer(values):
    def helper(v):
        return v * factor
    factor = 3
    return [helper(v) for v in values]
print(outer([1, 2, 3]))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3))
def counter_factory():
    counts = {"n": 0}
    def bump():
        counts["n"] += 1
        return counts["n"]
    return bump
b = counter_factory()
print(b(), b(), b())
