# Three-argument pow, including big moduli and negative bases.
print(pow(3, 4, 5), pow(2, 10, 1000), pow(7, 0, 13))
print(pow(-3, 3, 7), pow(-2, 7, 5), pow(-(2 ** 70), 3, 1000))
print(pow(2, 100, 1000000007))
print(pow(123456789, 987654321, 1000000009))
m = 2 ** 127 - 1
print(pow(3, m - 1, m))
print(pow(5, 2 ** 70, 10 ** 9 + 7))
print(pow(10 ** 30, 3, 10 ** 20 + 39))
for base in range(-5, 6):
    print(pow(base, 5, 11), end=" ")
print()
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
