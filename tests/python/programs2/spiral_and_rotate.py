def spiral_order(m):
    out = []
    while m:
        out.extend(m[0])
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out

def spiral_matrix(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or m[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m

def rotate(m, times=1):
    for _ in range(times % 4):
        m = [list(row) for row in zip(*m[::-1])]
    return m

def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(w) for v in row))

grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral_order(grid))
show(spiral_matrix(5))
print()
show(rotate(grid))
print()
show(rotate(grid, 2))
print(rotate(grid, 4) == grid, rotate(rotate(grid, 3), 1) == grid)
print(spiral_order(spiral_matrix(6)) == list(range(1, 37)))
art = ["..#..", ".###.", "#####", "..#.."]
for row in rotate([list(r) for r in art]):
    print("".join(row))
