# bytes literals, indexing, slicing, iteration, comparison.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:4], b[:0], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes())
print(b"abc" + b"def", b"ab" * 3, b"abc" == b"abc", b"abc" < b"abd", b"" < b"a")
print(b"a" in b"cat", 99 in b"abc", b"x" in b"abc")
print([x for x in b"AZ"], type(b).__name__, isinstance(b, bytes))
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), b"\x7f\x80")
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
try:
    bytes([256])
except ValueError:
    print("ValueError range")
