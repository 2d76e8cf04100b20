# Returning from nested loops through functions; flags vs returns.
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(m, 6), find(m, 10))
found = None
for r, row in enumerate(m):
    for c, v in enumerate(row):
        if v % 4 == 0:
            found = (r, c)
            break
    if found:
        break
print(found)
