# Euclid's algorithm over small and big integers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(17, 5))
print(gcd(2 ** 100, 6 ** 50), lcm(2 ** 40, 3 ** 30))
r = 1
for i in range(1, 41):
    r = lcm(r, i)
print(r)
