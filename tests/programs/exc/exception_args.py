# Exception args, str() and repr() for builtin exceptions.
# micropython-specific: no errno subclasses (OSError(2, ...) stays OSError); repr prints the args tuple, so ValueError('x',)
for e in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), Exception(3), OSError(2, "ENOENT")):
    print(type(e).__name__, e.args, len(e.args))
print(str(ValueError("x")), str(ValueError()), str(Exception("a", "b")), repr(ValueError("x")))
print(repr(Exception()), repr(TypeError("t", 1)))
e = RuntimeError("r")
print(e.args[0], isinstance(e, Exception))
