# needs: posonly-params
# Positional-only parameters before /.
def po(a, b, /, c, *, d=4):
    return a, b, c, d

print(po(1, 2, 3), po(1, 2, c=3), po(1, 2, 3, d=0))
try:
    po(1, b=2, c=3)
except TypeError:
    print("TypeError")
def name_clash(x, /, **kw):
    return x, sorted(kw.items())
print(name_clash(1, x=2))
def defaults(a=1, b=2, /):
    return a + b
print(defaults(), defaults(10), defaults(10, 20))
