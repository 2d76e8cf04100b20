# Functions stored in data structures, passed and returned.
def double(x):
    return 2 * x
def square(x):
    return x * x
ops = {"double": double, "square": square, "neg": lambda x: -x}
for name in ("double", "square", "neg"):
    print(name, ops[name](7))
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([double, square, abs, str], -3))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
print(pipeline(double, square, str)(3))
print(double.__name__, callable(double), callable(3))
