# Slices of memoryviews share the underlying buffer.
buf = bytearray(range(16))
mv = memoryview(buf)
first, second = mv[:8], mv[8:]
for i in range(len(first)):
    first[i] = second[i] * 2
print(list(buf))
print(bytes(mv[3:6]), len(mv[::1]), mv[15])
print(bytes(memoryview(b"abcdef")[1:4]), list(memoryview(bytearray(b"xy"))))
