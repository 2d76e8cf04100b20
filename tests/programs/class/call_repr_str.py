# __call__, __repr__, __str__ and their fallbacks.
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B as str"
    def __repr__(self):
        return "B as repr"
class C(A):
    def __call__(self, *a):
        return "called with %r" % (a,)
print(A(), str(A()), repr(A()), [A()], "%s %r" % (A(), A()))
print(B(), str(B()), repr(B()), [B()], (B(),), {"k": B()}, "{} {!r}".format(B(), B()), f"{B()!r} {B()}")
print(C()(1, "x"), C())
