# int() from strings with bases 2..36 and base 0 prefixes.
print(int("42"), int("-42"), int("+42"), int("  17  "))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("101", 2), int("0b101", 0), int("-0b101", 0), int("777", 8), int("0o777", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36))
print(int("123456789012345678901234567890"))
print(int("-ffffffffffffffffffffffff", 16))
for base in (2, 3, 7, 10, 16, 36):
    print(base, int("101", base))
print(int(" -7\n"))
