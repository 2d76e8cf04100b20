# Integer format specs with big and negative values.
for n in (0, 7, -7, 255, 2 ** 40, -(2 ** 70)):
    print("{:d}|{:>12}|{:<6}|{:+}|{:x}|{:#o}|{:,}".format(n, n, n, n, n, n, n))
print("%d %i %x %X %o" % (2 ** 65, -(2 ** 65), 2 ** 65, 2 ** 65, 2 ** 65))
print(f"{2 ** 64:_>25}", f"{-12345:010d}", f"{42:#010x}")
