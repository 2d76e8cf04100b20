# __str__ and __repr__ inherited and overridden along a chain.
class A:
    def __repr__(self):
        return "A-repr"
class B(A):
    def __str__(self):
        return "B-str"
class C(B):
    def __repr__(self):
        return "C-repr"
for o in (A(), B(), C()):
    print(str(o), repr(o), "%s|%r" % (o, o), "{}|{!r}".format(o, o), [o])
