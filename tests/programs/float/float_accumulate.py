# Accumulating sums, printed with limited precision.
total = 0.0
for i in range(1, 101):
    total += 1.0 / i
print("%.3f" % total)
x = 1.0
for _ in range(20):
    x = (x + 2.0 / x) / 2
print("%.4f" % x)
pi = 0.0
for k in range(2000):
    pi += (-1) ** k / (2 * k + 1)
print("%.2f" % (4 * pi))
print("%.3f" % (sum([0.1] * 10)))
