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
    return [[int(c) if c.isdigit() else 0 for c in line] for line in text.split()]

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

def solve(g, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["tries"] += 1
        g[r][c] = d
        if solve(g, stats):
            return True
    g[r][c] = 0
    return False

grid = parse(PUZZLE)
stats = {"tries": 0}
print(solve(grid, stats), stats)
for i, row in enumerate(grid):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6)))
ok = all(sorted(row) == list(range(1, 10)) for row in grid) and \
     all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
print("valid:", ok)
