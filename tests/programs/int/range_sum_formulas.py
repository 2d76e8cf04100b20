# Closed-form sums checked against loops, including big results.
def tri(n):
    return n * (n + 1) // 2
def sq(n):
    return n * (n + 1) * (2 * n + 1) // 6
for n in (0, 1, 10, 1000, 65536, 10 ** 6):
    print(n, tri(n), sq(n), tri(n) ** 2)
print(sum(range(1001)) == tri(1000), sum(i * i for i in range(1001)) == sq(1000))
print(tri(10 ** 20), sq(10 ** 15))
