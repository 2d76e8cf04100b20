# memoryview over bytes reads without copying; slices of slices.
data = b"header:payload:trailer"
mv = memoryview(data)
start = data.find(b":") + 1
end = data.rfind(b":")
payload = mv[start:end]
print(bytes(payload), len(payload), payload[0], bytes(payload[1:4]), bytes(payload[1:4][1:]))
print(bytes(mv[-7:]), bytes(mv[:0]), list(mv[6:8]))
