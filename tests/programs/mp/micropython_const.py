# micropython-specific: the micropython module and const() (CPython has no such module)
from micropython import const
import micropython
WIDTH = const(16)
HEIGHT = const(4 * 2)
_MASK = const(0xFF)
AREA = micropython.const(WIDTH * HEIGHT)
print(WIDTH, HEIGHT, _MASK, AREA)
def scaled(x):
    return x * WIDTH & _MASK
print([scaled(i) for i in range(0, 40, 8)])
class Reg:
    ADDR = const(0x40)
print(Reg.ADDR, const(-3), const(2 ** 40))
