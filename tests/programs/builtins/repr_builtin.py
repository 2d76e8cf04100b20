# repr of builtin values.
vals = [1, -2, 1.5, "s", "it's", b"b", bytearray(b"ba"), [1, "a"], (1,), (), {"k": [1]}, None, True, range(3), 2 ** 70]
for v in vals:
    print(repr(v))
print(repr(repr("x")), str(repr(1)))
