# micropython-specific: a generator frame appears in the traceback
def gen():
    yield 1
    raise KeyError(42)
for v in gen():
    print("value", v)
