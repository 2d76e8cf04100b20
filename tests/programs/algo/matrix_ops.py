# Matrix multiply, transpose, determinant with integer arithmetic.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def mpow(m, e):
    r = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
a = [[1, 2], [3, 4]]
print(matmul(a, a), det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
print(mpow([[1, 1], [1, 0]], 100)[0][1])
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
