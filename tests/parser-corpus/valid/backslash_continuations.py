# Backslash continuations in odd places.
x = 1 + \
    2
if x \
   == 3:
    pass
y = \
\
\
    4
def \
f(\
a): return \
  a
z = [1, \
     2]
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
import os.path \
    as p
w = "str" \
    "ing"
v = x \
.real
del \
  x
class \
C: pass
for \
 i \
 in \
 r: pass
lambda \
: 0
u = 1 if \
x else \
2
x = 1 \

t = 1  \
  # comment after an empty continuation is allowed on the next line
