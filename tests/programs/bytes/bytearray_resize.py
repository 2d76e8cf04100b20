# bytearray slice assignment that changes the length.
a = bytearray(b"0123456789")
a[2:4] = b"abcd"
print(a)
a[0:6] = b""
print(a, len(a))
a[len(a):] = b"END"
print(a)
a[:0] = b">>"
print(a)
a[0:1] = b""
print(a)
a[2:5] = b""
print(a)
