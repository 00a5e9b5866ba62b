PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.split()]
def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["tries"] += 1
        grid[r][c] = d
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    return False
grid = parse(PUZZLE)
stats = {"tries": 0}
print(solve(grid, stats), stats["tries"] > 0)
for i, row in enumerate(grid):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
