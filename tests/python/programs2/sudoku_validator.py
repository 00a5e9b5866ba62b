GOOD = """534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179"""

def parse(text):
    return [[int(c) for c in line] for line in text.split()]

def problems(grid):
    found = []
    def check(cells, label):
        vals = [v for v in cells if v]
        dups = sorted({v for v in vals if vals.count(v) > 1})
        if dups:
            found.append(f"{label} repeats {dups}")
    for i in range(9):
        check(grid[i], f"row {i + 1}")
        check([grid[r][i] for r in range(9)], f"col {i + 1}")
    for br in range(3):
        for bc in range(3):
            check([grid[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)],
                  f"box {br * 3 + bc + 1}")
    return found

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]

good = parse(GOOD)
print("valid:", not problems(good))
bad = [row[:] for row in good]
bad[0][0], bad[4][4] = 9, 1
bad[8][8] = 9
for p in problems(bad):
    print(" ", p)
puzzle = [row[:] for row in good]
for r, c in [(0, 0), (0, 1), (4, 4), (8, 8), (2, 6), (2, 7)]:
    puzzle[r][c] = 0
for r, c in [(0, 0), (0, 1), (4, 4), (8, 8), (2, 6)]:
    print((r, c), candidates(puzzle, r, c))
changed = True
while changed:
    changed = False
    for r in range(9):
        for c in range(9):
            if puzzle[r][c] == 0:
                cand = candidates(puzzle, r, c)
                if len(cand) == 1:
                    puzzle[r][c] = cand[0]
                    changed = True
print("solved back:", puzzle == good)
for row in puzzle[:3]:
    print(" ".join(map(str, row)))
