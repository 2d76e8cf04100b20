# Spiral traversal and rotation of a matrix.
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral([row[:] for row in m]))
r = rotate(m)
for row in r:
    print(row)
print(rotate(rotate(rotate(rotate(m)))) == m)
