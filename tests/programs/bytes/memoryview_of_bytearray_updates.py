# Changes through the bytearray are visible through the memoryview and back.
ba = bytearray(b"0123456789")
mv = memoryview(ba)
ba[0] = ord("A")
print(mv[0], bytes(mv[:3]))
mv[9] = ord("Z")
print(ba)
window = mv[2:6]
for i in range(len(window)):
    window[i] = window[i] + 17
print(ba, bytes(window))
print(len(mv), len(window), window[0], window[-1])
total = 0
for b in mv:
    total += b
print(total == sum(ba))
