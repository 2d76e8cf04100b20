# These are rejected by CPython's compiler or symbol table, NOT by ast.parse:
# the frontend must accept them (later stages may reject them).
return 1
yield 2
yield from x
x = yield
await y
break
continue
nonlocal n
__debug__ = 1
def dup(a, a): pass
f(a=1, a=2)
lambda x, x: 1
*star_alone
x = *a
x, *y, *z = w
print >>f, 'x'
async with a: pass
async for i in x: pass
[i async for i in x]
from __future__ import braces
from __future__ import nope
def late_future(): from __future__ import division
match x:
    case f"{y}":
        pass
    case a | b:
        pass
    case [*p, *q]:
        pass
    case {'k': 1, 'k': 2}:
        pass
    case C(a=1, a=2):
        pass
    case capture:
        pass
    case 1:
        pass
def g():
    global g_name
    g_name = 1
    nonlocal_name = 1
    def h():
        nonlocal missing_name
    x = 1
    global x
class K:
    return 3
    yield
def ret_in_async():
    async def a():
        yield 1
        return 2
try:
    pass
except* E:
    break
    continue
    return
x = 1; continue
