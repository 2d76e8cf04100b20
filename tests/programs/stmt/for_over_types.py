# for loops over every iterable builtin type.
for x in [1, 2]:
    print("list", x)
for x in (3,):
    print("tuple", x)
for x in "ab":
    print("str", x)
for x in b"AB":
    print("bytes", x)
for x in bytearray(b"\x01"):
    print("bytearray", x)
for k in {"k1": 1, "k2": 2}:
    print("dict", k)
for k, v in {"a": 1}.items():
    print("items", k, v)
for x in sorted({9, 7}):
    print("set", x)
for x in range(2, 0, -1):
    print("range", x)
for x in (i * i for i in range(2)):
    print("genexp", x)
for x in memoryview(b"z"):
    print("memoryview", x)
for x in reversed([1, 2]):
    print("reversed", x)
for i, x in enumerate(frozenset([5])):
    print("frozenset", i, x)
