# micropython-specific: sys.print_exception prints a MicroPython-format traceback
import sys
def fail(x):
    raise ValueError("bad thing", x)
def middle():
    fail(3)
try:
    middle()
except ValueError as e:
    sys.print_exception(e)
try:
    1 // 0
except ZeroDivisionError as e:
    sys.print_exception(e, sys.stdout)
print("after")
