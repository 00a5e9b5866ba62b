from collections import Counter
from itertools import product

START = """.#.
..#
###"""


def neighbours(cell):
    for delta in product((-1, 0, 1), repeat=len(cell)):
        if any(delta):
            yield tuple(c + d for c, d in zip(cell, delta))


def run(dims, cycles=6):
    active = {(x, y) + (0,) * (dims - 2)
              for y, row in enumerate(START.splitlines()) for x, ch in enumerate(row) if ch == "#"}
    for _ in range(cycles):
        counts = Counter(n for c in active for n in neighbours(c))
        active = {c for c, n in counts.items() if n == 3 or (n == 2 and c in active)}
    return active


a3 = run(3, 1)
print(len(a3), sorted(a3))
print(len(run(3)), len(run(4, 2)))
print(len(list(neighbours((0, 0)))), len(list(neighbours((0, 0, 0, 0)))))

SEATS = """L.LL.LL.LL
LLLLLLL.LL
L.L.L..L..
LLLL.LL.LL
L.LL.LL.LL
L.LLLLL.LL
..L.L.....
LLLLLLLLLL
L.LLLLLL.L
L.LLLLL.LL"""
grid = {complex(x, y): ch for y, row in enumerate(SEATS.splitlines()) for x, ch in enumerate(row) if ch != "."}
DIRS = [complex(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def settle(grid, tolerance, far):
    seen_cache = {}

    def visible(p):
        if p not in seen_cache:
            out = []
            for d in DIRS:
                q = p + d
                if far:
                    while abs(q.real) < 20 and abs(q.imag) < 20 and q not in grid:
                        q += d
                if q in grid:
                    out.append(q)
            seen_cache[p] = out
        return seen_cache[p]

    rounds = 0
    while True:
        new = {}
        for p, ch in grid.items():
            occ = sum(grid[q] == "#" for q in visible(p))
            new[p] = "#" if ch == "L" and occ == 0 else "L" if ch == "#" and occ >= tolerance else ch
        rounds += 1
        if new == grid:
            return sum(v == "#" for v in new.values()), rounds
        grid = new


print(settle(grid, 4, False), settle(grid, 5, True))
