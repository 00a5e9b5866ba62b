rows, cols = 3, 4
grid = [[0] * cols for _ in range(rows)]
grid[1][2] = 5
print(grid)
bad = [[0] * cols] * rows
bad[1][2] = 5
print(bad)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(m)])
print([list(r) for r in zip(*m)])
print([[m[j][i] for j in range(3)] for i in range(3)] == [list(r) for r in zip(*m)])
rotated = [list(r)[::-1] for r in zip(*m)]
print(rotated)
for row in m:
    print(" ".join(f"{v:3d}" for v in row))
print(sum(sum(r) for r in m), max(max(r) for r in m))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul(m, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]) == m)
print(matmul([[1, 2]], [[3], [4]]))
