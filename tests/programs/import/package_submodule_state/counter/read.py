from . import inc
import counter

def value():
    return "total=%d" % counter.total
