# memoryview shares memory with its bytearray without copying.
ba = bytearray(b"abcdefgh")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], bytes(mv[2:5]), bytes(mv))
mv[0] = 65
print(ba)
sub = mv[4:8]
sub[0] = ord("E")
sub[1:3] = b"FG"
print(ba, len(sub), bytes(sub))
m2 = memoryview(b"readonly data")
print(bytes(m2[0:4]), m2[5])
print(list(memoryview(b"\x01\x02\x03")))
print(type(mv).__name__)
