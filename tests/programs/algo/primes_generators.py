# Incremental prime generator and factorisation.
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
g = primes()
print([next(g) for _ in range(25)])
for n in (360, 97, 1001, 2 ** 31 - 1, 600851475143, 2 ** 32 + 1):
    print(n, factor(n))
