# Type errors on str operations.
one_f = 1.0
tests = [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" - "b",
         lambda: "abc"[one_f], lambda: "x" < 1, lambda: len(5), lambda: ord("ab"), lambda: ord("")]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError:
        print("TypeError")
try:
    s = "abc"
    s[0] = "x"
except TypeError:
    print("TypeError item assignment")
try:
    chr(-1)
except ValueError:
    print("ValueError chr")
