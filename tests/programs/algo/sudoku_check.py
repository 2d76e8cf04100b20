# Validating a sudoku grid with sets and comprehensions.
GRID = [
    "534678912", "672195348", "198342567",
    "859761423", "426853791", "713924856",
    "961537284", "287419635", "345286179",
]
rows = [[int(c) for c in r] for r in GRID]
def valid(g):
    full = set(range(1, 10))
    rows_ok = all(set(r) == full for r in g)
    cols_ok = all({g[r][c] for r in range(9)} == full for c in range(9))
    boxes_ok = all({g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} == full
                   for br in (0, 3, 6) for bc in (0, 3, 6))
    return rows_ok, cols_ok, boxes_ok
print(valid(rows))
rows[0][0], rows[0][1] = rows[0][1], rows[0][0]
print(valid(rows))
