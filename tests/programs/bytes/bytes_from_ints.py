# Building binary data from integers.
data = bytearray()
for v in (1, 258, 65535, 2 ** 20):
    data.extend(v.to_bytes(4, "little"))
print(bytes(data))
print([int.from_bytes(data[i:i + 4], "little") for i in range(0, 16, 4)])
checksum = 0
for byte in data:
    checksum = (checksum + byte) & 0xFF
print(checksum)
print(bytes(x ^ 0x55 for x in b"secret"))
