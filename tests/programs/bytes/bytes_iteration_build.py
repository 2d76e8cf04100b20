# Iterating over bytes yields ints; building bytes from transformed ints.
data = b"Hello, World"
print([b for b in data[:5]], sum(data), max(data), min(data))
upper = bytes(c - 32 if 97 <= c <= 122 else c for c in data)
print(upper, upper.decode())
rot = bytes((c + 1) % 256 for c in b"\xfe\xff\x00")
print(rot, list(rot))
print(bytes(reversed(b"abc")), b"".join([b"a", bytes([98]), bytearray(b"c")]))
