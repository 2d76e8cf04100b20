# bytes equality, ordering, hashing and use as dict keys.
a = b"abc"
b = bytes([97, 98, 99])
print(a == b, a is not b, hash(a) == hash(b), {a: 1}[b])
print(sorted([b"b", b"a", b"ab", b"", b"\xff"]), b"a" < b"b", b"abc" > b"ab")
print(a == "abc", b"" == bytes(), bytearray(b"abc") == a)
print(max([b"x", b"xy"]), min(b"zy"), a.count(b"b"), a.find(b"c"))
