# Conway's Game of Life on a small torus.
W, H = 8, 6
grid = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
for gen in range(4):
    grid = step(grid)
for y in range(H):
    print("".join("#" if (x, y) in grid else "." for x in range(W)))
print(sorted(grid))
