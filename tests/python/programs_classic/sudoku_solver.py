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


def show(grid):
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v or ".") for v in row[c:c + 3]) for c in (0, 3, 6)))


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]


calls = 0


def solve(grid):
    global calls
    calls += 1
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
    for v in cands:
        grid[r][c] = v
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def valid(grid):
    rows = all(sorted(row) == list(range(1, 10)) for row in grid)
    cols = all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
    boxes = all(sorted(grid[r + i][c + j] for i in range(3) for j in range(3)) == list(range(1, 10))
                for r in (0, 3, 6) for c in (0, 3, 6))
    return rows and cols and boxes


g = parse(PUZZLE)
print("blanks:", sum(row.count(0) for row in g), "candidates at (0,2):", candidates(g, 0, 2))
show(g)
print()
print("solved:", solve(g), "calls:", calls, "valid:", valid(g))
show(g)
print(sum(g[i][i] for i in range(9)), "".join(map(str, g[4])))
