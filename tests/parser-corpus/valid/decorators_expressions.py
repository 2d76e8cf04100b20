# Decorators with arbitrary expressions (PEP 614) and stacking.
@property
@functools.lru_cache(maxsize=None)
@buttons[0].clicked.connect
@(lambda f: f)
@x if y else z
@a.b.c(1)(2)[3]
@(yield_from := registry.add)
@not_a_keyword
@ (  spaced  )
@d[1:2]
@-neg
@a @ b
@await_ if 1 else 2
def f(): pass

@dataclass(frozen=True, slots=True)
class C(Base, metaclass=Meta, **extra):
    @staticmethod
    @lambda fn: fn
    def method(self, /, *args, **kwargs) -> "C": ...

    @overload
    async def am(self): ...

@decorate
async def coroutine():
    pass

@ decorator
# comment between decorator and def
def with_comment(): pass

@first

@second
def blank_lines_between(): pass
