# Integer literal forms.
print(0b1010, 0o17, 0xFF, 0XfF, 0B11, 0O7)
print(1_000_000, 0x_FF_FF, 0b_1111_0000)
print(123456789012345678901234567890, -0xFFFFFFFFFFFFFFFFFFFF)
print(00, 0, -0)
print(type(10 ** 20).__name__)
