# Keyword-only parameters after * or *args.
def kw(a, *, b, c=3):
    return a, b, c

print(kw(1, b=2), kw(a=1, b=2, c=4))
try:
    kw(1, 2)
except TypeError:
    print("TypeError positional")
try:
    kw(1)
except TypeError:
    print("TypeError missing")
def mixed(*items, sep=", ", end="."):
    return sep.join(str(i) for i in items) + end
print(mixed(1, 2, 3), mixed("a", sep="-", end="!"), mixed())
