# Nested comprehensions build matrices and flatten them.
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
product = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(product)
print([[row[i] for row in a] for i in range(2)])
pythagorean = [(x, y, z) for z in range(1, 30) for y in range(1, z) for x in range(1, y) if x * x + y * y == z * z]
print(pythagorean)
print({k: [v for v in range(k)] for k in range(4)})
