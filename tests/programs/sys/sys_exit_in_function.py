# sys.exit raises SystemExit; finally blocks run while it propagates.
import sys
def inner():
    try:
        print("exiting")
        sys.exit(2)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
print("not reached")
