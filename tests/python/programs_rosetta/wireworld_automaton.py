START = """tH.........
.   .
   ...
.   .
Ht.. ......"""
grid = [list(r.ljust(11)) for r in START.splitlines()]
H, W = len(grid), len(grid[0])
def step(g):
    new = [row[:] for row in g]
    for y in range(H):
        for x in range(W):
            c = g[y][x]
            if c == "H":
                new[y][x] = "t"
            elif c == "t":
                new[y][x] = "."
            elif c == ".":
                heads = sum(g[y + dy][x + dx] == "H" for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                            if (dy or dx) and 0 <= y + dy < H and 0 <= x + dx < W)
                if heads in (1, 2):
                    new[y][x] = "H"
    return new
for gen in range(6):
    print(f"Generation {gen}:")
    print("\n".join("".join(r).rstrip() for r in grid))
    grid = step(grid)
def rule30(width=31, gens=15, rule=30):
    cells = [0] * width; cells[width // 2] = 1
    for _ in range(gens):
        print("".join("█" if c else " " for c in cells).rstrip())
        cells = [(rule >> (cells[i - 1] * 4 + cells[i] * 2 + cells[(i + 1) % width])) & 1 for i in range(width)]
rule30()
