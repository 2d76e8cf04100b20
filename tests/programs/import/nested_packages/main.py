# Deeply nested packages.
import a.b.c
print(a.b.c.VALUE, a.NAME, a.b.NAME)
from a.b.c import deep
print(deep())
