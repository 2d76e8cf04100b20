# str.format field names: auto, indexed, keyword, escapes, conversions.
print("{} {} {}".format(1, "two", 3.5))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name}-{n}".format(name="id", n=7), "{0}:{key}".format(1, key="k"))
print("{{}} {{{}}}".format(5), "{}".format([1, 2]), "{}".format({"a": 1}))
print("{!r} {!s} {}".format("s", "s", "s"), "{0!r:>6}".format("ab"))
print("{}".format(None), "{}".format(True))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError")
