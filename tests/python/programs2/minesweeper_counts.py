FIELD = """\
*...*.
..*...
......
.*..**
......
*....*"""

def parse(text):
    return [list(line) for line in text.splitlines()]

def annotate(grid):
    rows, cols = len(grid), len(grid[0])
    out = []
    for r in range(rows):
        line = []
        for c in range(cols):
            if grid[r][c] == "*":
                line.append("*")
                continue
            n = sum(1 for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                    if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols
                    and grid[r + dr][c + dc] == "*")
            line.append(str(n) if n else ".")
        out.append("".join(line))
    return out

def reveal(grid, start):
    counts = annotate(grid)
    seen = set()
    todo = [start]
    while todo:
        r, c = todo.pop()
        if (r, c) in seen:
            continue
        seen.add((r, c))
        if counts[r][c] == ".":
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and counts[nr][nc] != "*":
                        todo.append((nr, nc))
    return seen

grid = parse(FIELD)
board = annotate(grid)
print("\n".join(board))
mines = sum(row.count("*") for row in board)
print("mines:", mines)
opened = reveal(grid, (2, 0))
print("opened", len(opened), "cells")
for r in range(len(grid)):
    print("".join(board[r][c] if (r, c) in opened else "#" for c in range(len(grid[0]))))
digits = {}
for row in board:
    for ch in row:
        if ch.isdigit():
            digits[ch] = digits.get(ch, 0) + 1
print(sorted(digits.items()))
