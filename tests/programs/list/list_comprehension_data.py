# Lists of lists: transposition, flattening, filtering.
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)])
print([x for row in m for x in row])
print([[x * 2 for x in row] for row in m])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print(sum(m, []), [row[-1] for row in m])
