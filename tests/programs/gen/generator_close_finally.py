# close() on a suspended generator runs its finally; on a finished one it does nothing.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
a = g()
print(next(a))
a.close()
print("after close")
b = g()
print(list(b))
b.close()
c = g()
c.close()
print("closing unstarted generator runs nothing")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
d = ignores_exit()
next(d)
try:
    d.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")
