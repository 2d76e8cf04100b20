# Calling builtin types as constructors and converters.
print(int("7"), float("2.5"), str(3), bool(""), complex(1, 1))
print(list("ab"), tuple([1, 2]), dict(a=1), set([1, 1]) == {1}, frozenset("aa") == frozenset("a"))
print(bytes([1, 2]), bytearray(b"x"), range(3), slice(1, 2))
print(int(), float(), str(), bool(), list(), tuple(), dict(), complex())
print(str(b"raw"), str(1.25), str((1, "a")))
print(int(" 42 "), float("-0.5"), int(True), float(3), int(-7.9))
