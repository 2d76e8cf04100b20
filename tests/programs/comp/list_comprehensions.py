# List comprehensions: filters, nesting, expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc"], [len(w) for w in "aa b cccc".split()])
print([x if x % 2 else -x for x in range(6)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2 == 0])
print([i * j for i in range(1, 4) for j in range(i, 4)])
