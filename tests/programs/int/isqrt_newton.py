# Integer square roots of big numbers by Newton's method.
def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((len(bin(n)) - 2 + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

for n in (0, 1, 15, 16, 17, 10 ** 20, 2 ** 127, 10 ** 60 + 12345):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
