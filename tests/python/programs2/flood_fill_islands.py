MAP = """\
~~~~~~~~~~~~~~~~~~~~
~~##~~~~~~~~~###~~~~
~###~~~~~#~~~####~~~
~~#~~~~~###~~~##~~~~
~~~~~~~~~#~~~~~~~~#~
~~~~##~~~~~~~~~~~##~
~~~###~~~~~~~~~~~~~~
~~~~#~~~~~~~~#~~~~~~
~~~~~~~~~~~~~~~~~~~~"""

grid = [list(row) for row in MAP.splitlines()]
rows, cols = len(grid), len(grid[0])

def flood(r, c, label):
    stack = [(r, c)]
    cells = 0
    while stack:
        r, c = stack.pop()
        if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] != "#":
            continue
        grid[r][c] = label
        cells += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return cells

islands = {}
label_chars = "ABCDEFGHIJ"
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "#":
            label = label_chars[len(islands)]
            islands[label] = flood(r, c, label)
print("\n".join("".join(row) for row in grid))
print("islands:", len(islands))
for label, size in sorted(islands.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {label}: {size} cells")

def perimeter(label):
    p = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == label:
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nr, nc = r + dr, c + dc
                    if not (0 <= nr < rows and 0 <= nc < cols) or grid[nr][nc] != label:
                        p += 1
    return p
print({k: perimeter(k) for k in islands})
