# throw() raises inside the generator; close() runs finally blocks.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled ValueError", e.args)
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e.args)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catch_exit()
next(c)
c.close()
