# A printable ASCII table built with chr/ord and formatting.
for row in range(32, 128, 16):
    print("%3d " % row + "".join(chr(c) if c < 127 else "." for c in range(row, row + 16)))
print([hex(ord(c)) for c in "09AZaz"])
