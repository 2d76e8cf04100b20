# Function decorators, stacked and with arguments.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args)
        return f(*args, **kwargs)
    return wrapper

def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
@trace
def hello(name):
    return "hi " + name

print(add(1, 2))
print(hello("bo"))
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    pass
@register
def two():
    pass
print(registry, one() is None)
