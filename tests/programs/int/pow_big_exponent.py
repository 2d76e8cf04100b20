# Powers producing very large numbers, checked through digits and modulo.
n = 7 ** 1000
s = str(n)
print(len(s), s[:10], s[-10:], n % 1000007)
print(pow(2, 4000) % (10 ** 12), len(str(3 ** 3000)))
print((2 ** 521 - 1) % 1000000007, (10 ** 100 + 1) % 9)
