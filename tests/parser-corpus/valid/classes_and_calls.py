# Class definitions and call argument forms.
class A: pass
class B(): pass
class C(A, B): pass
class D(A, metaclass=M): pass
class E(*bases, **kw): pass
class F(A, *bases, metaclass=M, **kw): pass
class G(A,): pass
class I(
    A,
    B,
):
    """Docstring."""
    attr: int = 1
    def method(self): ...
    class Nested:
        pass
f()
f(a)
f(a, b)
f(a=1)
f(*a)
f(**a)
f(a, *b, c, *d, e=1, **f, g=2, **h)
f(a)(b)(c)
f(a,)
f(*a,)
f(**a,)
f(x for x in y)
f(a := 1, b := 2)
f(a, b=(c := 3))
f(*[1, 2], **{'a': 1})
f(a)[b](c).d(e)
f(
    a,
    # comment
    b,
)
f(lambda: 1, lambda x: x)
f(a if b else c)
f(*a or b)
f(**a or b)
f(*a if b else c)
f(not a)
f(yield_)
