# Common operations that raise builtin exceptions.
# micropython-specific: MicroPython has no UnicodeDecodeError; bad UTF-8 raises UnicodeError itself
cases = [
    ("ZeroDivisionError", lambda: 5 % 0),
    ("IndexError", lambda: (1, 2)[5]),
    ("KeyError", lambda: {"a": 1}["b"]),
    ("TypeError", lambda: len(42)),
    ("ValueError", lambda: int("12x")),
    ("AttributeError", lambda: (1).nope),
    ("NameError", lambda: nope_name),
    ("StopIteration", lambda: next(iter(()))),
    ("OverflowError", lambda: int(float("inf"))),
    ("TypeError", lambda: {}[[1]]),
    ("ValueError", lambda: [1, 2].index(3)),
    ("TypeError", lambda: sorted([1, None])),
    ("UnicodeError", lambda: b"\xff".decode()),
]
for expected, fn in cases:
    try:
        fn()
        print(expected, "not raised")
    except Exception as e:
        print(expected, type(e).__name__)
