ORIGAMI = """6,10
0,14
9,10
0,3
10,4
4,11
6,0
6,12
4,1
0,13
10,12
3,4
3,0
8,4
1,10
2,14
8,10
9,0

fold along y=7
fold along x=5"""
dots_txt, folds_txt = ORIGAMI.split("\n\n")
dots = {tuple(map(int, line.split(","))) for line in dots_txt.splitlines()}


def fold(dots, axis, at):
    i = 0 if axis == "x" else 1
    out = set()
    for p in dots:
        p = list(p)
        if p[i] > at:
            p[i] = 2 * at - p[i]
        out.add(tuple(p))
    return out


for line in folds_txt.splitlines():
    axis, at = line.split()[-1].split("=")
    dots = fold(dots, axis, int(at))
    print(line, len(dots))
w, h = max(x for x, _ in dots) + 1, max(y for _, y in dots) + 1
print("\n".join("".join("█" if (x, y) in dots else "·" for x in range(w)) for y in range(h)))

OCTO = """5483143223
2745854711
5264556173
6141336146
6357385478
4167524645
2176841721
6882881134
4846848554
5283751526"""
grid = {(r, c): int(v) for r, line in enumerate(OCTO.splitlines()) for c, v in enumerate(line)}


def step(grid):
    for k in grid:
        grid[k] += 1
    flashed = set()
    stack = [k for k, v in grid.items() if v > 9]
    while stack:
        k = stack.pop()
        if k in flashed:
            continue
        flashed.add(k)
        r, c = k
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                n = (r + dr, c + dc)
                if n in grid and n != k:
                    grid[n] += 1
                    if grid[n] > 9 and n not in flashed:
                        stack.append(n)
    for k in flashed:
        grid[k] = 0
    return len(flashed)


total = 0
for i in range(1, 1000):
    n = step(grid)
    total += n if i <= 100 else 0
    if i == 10:
        print("after 10:", total)
    if n == len(grid):
        print("all flash at step", i, "total after 100:", total)
        break
print("\n".join("".join(str(grid[r, c]) for c in range(10)) for r in range(3)))
