# SystemExit raised inside a generator propagates out.
import sys
def gen():
    yield 1
    sys.exit(6)
for v in gen():
    print("got", v)
