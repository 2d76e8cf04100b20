"""Module docstring."""
"""Second string: not a docstring, just an expression."""
if a: pass
elif b: pass
elif c: pass
else: pass
if a:
    pass
else:
    if b:
        pass
while x: break
else: pass
while True:
    if x: continue
    else: break
for i in range(10): pass
else: pass
for i, (j, k) in x: pass
for i in a, b, c: pass
for i in *a, b: pass
def f():
    """Function docstring."""
    return
def g():
    'single-quoted docstring'
    return 1, 2
def h():
    return (yield)
def k(): return; pass
class C:
    """Class docstring."""
    x = 1; y = 2;
if x: a = 1; b = 2
while 0: x; y
raise
raise E
raise E("m") from cause
raise E from None
assert x
assert x, "message"
assert (x, "tuple: always true, still valid syntax")
pass; pass; pass
x; y;
...
if x:
    # comment at block start

    pass
    # comment at block end
# dedent after comment
def empty_body_ellipsis(): ...
class EmptyBodyEllipsis: ...
def yield_forms():
    yield
    yield x
    yield x, y
    yield from z
    x = yield
    x = yield y
    x = yield from z
    await_ = (yield)
    f((yield))
    [(yield)]
