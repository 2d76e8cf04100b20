# bin, hex, oct, chr, ord round trips.
for n in (0, 5, 255, -42, 2 ** 33):
    print(bin(n), oct(n), hex(n), int(bin(n), 2) if n >= 0 else int(bin(n), 0))
print([chr(c) for c in (65, 97, 48, 32, 126)], [ord(c) for c in "Az~"])
print(chr(ord("a") + 25), ord(chr(1000)) == 1000)
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
