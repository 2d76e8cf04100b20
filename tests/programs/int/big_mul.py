# Big-integer multiplication, factorials and squares.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(20))
print(fact(30))
print(fact(52))
print(len(str(fact(100))))
print(fact(100) // fact(98))
a = 12345678901234567890
print(a * a)
print(a * -a)
print((-a) * (-a))
print(a * 0, 0 * a)
print((2 ** 31) * (2 ** 31))
print((2 ** 32 + 1) * (2 ** 32 - 1))
print(99999 * 99999 * 99999 * 99999)
