# %-formatting of bytes with numbers (PEP 461).
print(b"%d-%d" % (5, -6), b"%03d|%x|%X|%o" % (7, 255, 255, 8), b"%%" % ())
print(b"[%5d]" % 42, b"[%-5d]" % 42, b"%c" % 65)
n = 12
print(b"n=%d" % n, (b"%d" % n).decode())
