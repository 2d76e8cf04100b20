# Converting integers to and from arbitrary bases by hand.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in (0, 255, -255, 2 ** 64, 123456789):
    row = [to_base(n, b) for b in (2, 7, 16, 36)]
    print(n, row, all(int(s, b) == n for s, b in zip(row, (2, 7, 16, 36))))
