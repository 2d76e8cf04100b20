import os, sys as s
from .pkg import (a as b, c)
x = y = 1; z += 2
a, *b = c
del a[0], b.c
global g
assert x, "m"
raise E from None
if x: pass
elif y: ...
else: pass
while x: break
for i in r: continue
try: pass
except (A, B) as e: pass
finally: pass
with a as b, c: pass
