# int() of bools, floats and strings with surrounding whitespace and signs.
print(int(" 0x10 ", 16), int("-0o17", 8), int("+0b11", 2), int("00012"), int("-0"))
print(int(12.9), int(-12.9), int(1e3), int("9" * 25) + 1)
print(str(int("000")), int("  +7  "), int("\t-42\n"))
print(int("Z", 36) + int("z", 36), int("10", 2) * int("10", 8) * int("10", 16))
