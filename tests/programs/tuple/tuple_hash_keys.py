# Tuples as dict keys and set members; nested tuples.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (5, 5) in grid)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
print(hash((1, 2)) == hash((1, 2)), (1, (2, 3)) == (1, (2, 3)))
try:
    {([1],): 0}
except TypeError:
    print("TypeError unhashable")
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
