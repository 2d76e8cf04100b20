# int.from_bytes and int.to_bytes with non-negative values.
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff\xff\xff", "big"))
print(int.from_bytes(b"\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11", "big"))
print(int.from_bytes(b"", "big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((0x123456789ABCDEF).to_bytes(8, "big"))
print((2 ** 72 + 5).to_bytes(10, "little"))
print((0).to_bytes(3, "big"))
n = 987654321987654321
print(int.from_bytes(n.to_bytes(9, "big"), "big") == n)
