# Digit manipulation of a large number.
n = 2 ** 1000
print(sum(int(c) for c in str(n)))
m = 1
for i in range(1, 101):
    m *= i
print(sum(int(c) for c in str(m)))
d = 0
k = 3 ** 200
while k:
    k, r = divmod(k, 10)
    d += r
print(d)
