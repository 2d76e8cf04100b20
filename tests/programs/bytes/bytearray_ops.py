# bytearray building, in-place updates and conversion.
ba = bytearray()
for i in range(10):
    ba.append(i * 25)
ba[0] = 255
ba[-1] = 1
print(ba, len(ba), ba[2:4], bytes(ba[5:]))
ba.extend([1, 2, 3])
ba += b"\x00"
print(list(ba[-5:]), sum(ba))
copy = bytes(ba)
ba[1] = 0
print(copy[1], ba[1], copy == ba)
print(bytearray(b"hello").decode().upper(), bytearray("txt", "utf-8"))
