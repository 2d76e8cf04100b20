@a
@
def f():
    pass
