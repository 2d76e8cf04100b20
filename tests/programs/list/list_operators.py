# +, *, +=, comparisons, containment, nesting.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 4, [[0] * 2] * 2, 2 * [1, 2], [] * 5, [1] * -1)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print(3 in [1, 2, 3], [1] in [[1], 2], "a" not in ["b"])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}))
