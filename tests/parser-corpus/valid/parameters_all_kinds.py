# Every parameter kind, in def and lambda, with defaults and annotations.
def f0(): pass
def f1(a, b, /): pass
def f2(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def f3(a, /, b, *, c): pass
def f4(*, a, b=1): pass
def f5(*args): pass
def f6(**kwargs): pass
def f7(a=1, /, b=2, *, c, d=4, **k): pass
def f8(a: int, b: "str" = "x", /, c: list[int] = [], *args: tuple, d: dict = {}, **kw: object) -> None: pass
def f9(a, b, /, *, c,): pass
def f10(a,): pass
def f11(*args,): pass
def f12(**kwargs,): pass
def f13(a, *, b, **c,): pass
def f14(a=lambda x=lambda y=1: y: x, b=(yield_ := 2)): pass
def f15(a: (lambda: int)() = (lambda: 0)()) -> (lambda: None)(): pass
def f16(*args: *Ts): pass
lambda: 0
lambda a, b, /: 0
lambda a, b=1, /, c=2, *args, d, e=3, **kwargs: 0
lambda a, /, b, *, c: 0
lambda *, a, b=1: 0
lambda *args: args
lambda **kwargs: kwargs
lambda a=1, /, b=2, *, c, d=4, **k: 0
lambda a, b, /, *, c,: 0
lambda a,: a
lambda *args,: args
lambda **kwargs,: kwargs
lambda x=lambda y=lambda z=1: z: y: x
lambda x: lambda y: lambda z: x + y + z
lambda *a, **k: (a, k)
lambda a=(1, 2), b=[3], c={4: 5}, d={6}, e=..., f=None: 0
(lambda: (yield))
sorted(items, key=lambda item: (-item[1], item[0]))
x = lambda: lambda: lambda: 0
y = (lambda *_, **__: _)(1, 2, k=3)
z = lambda a, *, b=lambda: 1, c: a if b else c
async def af(a, /, b=1, *c, d, **e) -> list[int]: pass
