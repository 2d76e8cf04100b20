# with statements, including 3.10+ parenthesized context managers.
with a: pass
with a as b: pass
with a as b, c as d: pass
with a, b, c: pass
with (a): pass
with (a) as b: pass
with (a as b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a, b) as c: pass
with (a, b,): pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c: pass
with a as b[0]: pass
with a as (b, *c): pass
with (yield_ := a) as b: pass
with f(x) as y, g(y) as (z,): pass
with (a, b) as (c, d): pass
