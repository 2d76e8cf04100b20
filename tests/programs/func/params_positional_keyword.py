# Positional, keyword and default arguments.
def f(a, b, c=3, d="d"):
    return (a, b, c, d)

print(f(1, 2))
print(f(1, 2, 4))
print(f(1, b=5))
print(f(d="x", b=2, a=1))
print(f(1, 2, d=None, c=0))
for call in (lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, a=1, b=2), lambda: f(1, 2, e=5)):
    try:
        call()
    except TypeError:
        print("TypeError")
