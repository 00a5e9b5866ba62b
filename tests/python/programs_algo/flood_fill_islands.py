from collections import deque
world = [
    "~~~~~~~~~~~~",
    "~##~~~~###~~",
    "~##~~#~~#~~~",
    "~~~~###~~~~~",
    "~#~~~#~~~##~",
    "~~~~~~~~~##~",
]
grid = [list(r) for r in world]
R, C = len(grid), len(grid[0])
def islands(g):
    seen = set()
    sizes = []
    for r in range(R):
        for c in range(C):
            if g[r][c] == "#" and (r, c) not in seen:
                stack = [(r, c)]
                seen.add((r, c))
                cells = []
                while stack:
                    cr, cc = stack.pop()
                    cells.append((cr, cc))
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        nr, nc = cr + dr, cc + dc
                        if 0 <= nr < R and 0 <= nc < C and g[nr][nc] == "#" and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                sizes.append((min(cells), len(cells)))
    return sorted(sizes)
found = islands(grid)
print(len(found), found)
label = {}
for i, (start, size) in enumerate(found):
    q = deque([start])
    label[start] = i
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] == "#" and (nr, nc) not in label:
                label[(nr, nc)] = i
                q.append((nr, nc))
for r in range(R):
    print("".join(chr(ord("A") + label[(r, c)]) if (r, c) in label else "." for c in range(C)))
def flood(g, r, c, new):
    old = g[r][c]
    if old == new:
        return 0
    count = 0
    q = deque([(r, c)])
    while q:
        r, c = q.popleft()
        if 0 <= r < R and 0 <= c < C and g[r][c] == old:
            g[r][c] = new
            count += 1
            q.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return count
print(flood(grid, 0, 0, "."), flood(grid, 0, 0, "."))
print("\n".join("".join(r) for r in grid))
perimeter = sum(
    4 - sum(1 for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
            if 0 <= r + dr < R and 0 <= c + dc < C and grid[r + dr][c + dc] == "#")
    for r in range(R) for c in range(C) if grid[r][c] == "#")
print("perimeter", perimeter)
biggest = max(found, key=lambda t: t[1])
print("biggest island starts at", biggest[0], "size", biggest[1])
