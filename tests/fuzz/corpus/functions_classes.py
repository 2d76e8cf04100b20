@dec(1)
def f(a, /, b=2, *c, d, e=5, **g) -> int:
    """doc"""
    nonlocal_ = lambda x=1, *y, **z: (yield x)
    return a
class C(B, metaclass=M):
    x: int = 0
    async def m(self):
        async with a as b:
            async for i in self:
                await i
