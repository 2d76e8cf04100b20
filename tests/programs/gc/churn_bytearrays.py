# Byte buffers allocated in a loop, larger than the heap in total.
crc = 0
for i in range(3000):
    buf = bytearray(256)
    for j in range(0, 256, 32):
        buf[j] = (i + j) & 0xFF
    crc = (crc + sum(buf)) % 65521
print(crc)
chunks = [bytes([i]) * 64 for i in range(20)]
print(len(chunks), sum(len(c) for c in chunks), chunks[7][:3])
