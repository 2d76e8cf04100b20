# Truth tables and bool arithmetic.
for a in (False, True):
    for b in (False, True):
        print(a, b, a and b, a or b, a ^ b, a & b, a | b, a == b, a + b, a < b)
print(not True, not False, True * 5, False ** 0, True << 3, -True, abs(-True))
