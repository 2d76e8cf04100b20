# List sort: ints, tuples, and a key function.
def lcg_list(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out

def run():
    check = 0
    for r in range(5):
        a = lcg_list(40000, r + 1)
        b = sorted(a)
        c = sorted(a, key=lambda v: -v)
        pairs = [(v % 100, v) for v in a]
        pairs.sort()
        check = (check + b[100] + c[100] + pairs[200][1]) % 1000003
    return check

print(run())
