# bytearray: mutation, append/extend, slice assignment of equal length.
a = bytearray(b"hello")
print(a, len(a), a[0], a[-1], a[1:3])
a[0] = 72
a.append(33)
a.extend(b" ok")
print(a)
a[1:3] = b"EL"
print(a, bytes(a), a == b"HELlo! ok")
print(bytearray(3), bytearray([1, 2, 255]), bytearray(b"x") + b"yz", type(bytearray(1) + b"y").__name__)
c = bytearray()
for i in range(5):
    c.append(i * 50)
print(c, list(c), sum(c))
print(a.decode())
