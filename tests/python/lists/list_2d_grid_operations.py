rows, cols = 4, 5
grid = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))
print([row[2] for row in grid], [grid[i][i] for i in range(min(rows, cols))])
print([sum(row) for row in grid], [sum(col) for col in zip(*grid)])
rotated = [list(r) for r in zip(*grid[::-1])]
print(rotated[0], len(rotated), len(rotated[0]))
bad = [[0] * 3] * 2
bad[0][0] = 1
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(bad, good)
flat = [v for row in grid for v in row if v % 3 == 0]
print(flat)
