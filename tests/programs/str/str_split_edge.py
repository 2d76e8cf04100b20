# split edge cases: leading/trailing separators, maxsplit 0, whitespace kinds.
print("a,b,".split(","), ",a".split(","), ",".split(","), "a".split(","))
print("a b c".split(" ", 0), "a b c".split(None, 0), "  a  b  ".split(None, 1))
print(" \t\na\x0bb\x0cc\r\n".split(), "x".rsplit("x"), "aXbXc".rsplit("X", 1))
print("1\n2\r3\r\n4".splitlines(), "trail\n".splitlines(), "\n\n".splitlines())
