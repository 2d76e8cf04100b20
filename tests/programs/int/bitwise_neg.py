# & | ^ ~ with negative operands (two's complement semantics).
vals = [0, 1, -1, 6, -6, 255, -256, 12345]
for a in vals:
    print(a, ~a, end=" | ")
print()
for a in vals:
    row = []
    for b in (3, -3, 0xF0, -0x100):
        row.append((a & b, a | b, a ^ b))
    print(a, row)
