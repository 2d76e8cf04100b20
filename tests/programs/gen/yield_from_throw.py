# throw() and close() propagate through yield from.
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner caught ValueError")
        yield "recovered"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError))
g.close()
g2 = outer()
next(g2)
g2.close()
print("done")
