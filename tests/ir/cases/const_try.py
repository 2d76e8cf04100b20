from micropython import const
_HIDDEN = const(4)
SHOWN = const(_HIDDEN * 2 + 1)
def f():
    try:
        return SHOWN
    finally:
        print(_HIDDEN)
f()
