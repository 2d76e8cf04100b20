# Forwarding arbitrary arguments through wrappers.
def target(a, b=0, *rest, key=None, **extra):
    return "a=%r b=%r rest=%r key=%r extra=%r" % (a, b, rest, key, sorted(extra.items()))

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, 3, key="k", z=0))
print(forward(*[1, 2, 3, 4], **{"key": 5}))
print(forward(a=9))
try:
    forward()
except TypeError:
    print("TypeError")
