# Grids as dicts keyed by complex numbers: a common AoC idiom
MAP = """..#..
.#...
#.#.#
..#..
.#.#."""
grid = {complex(x, y): ch for y, row in enumerate(MAP.splitlines()) for x, ch in enumerate(row)}
trees = {p for p, ch in grid.items() if ch == "#"}
print(len(grid), len(trees), sorted(trees, key=lambda p: (p.imag, p.real))[:3])
dirs = {"U": -1j, "D": 1j, "L": -1, "R": 1}
pos = 0j
path = [pos]
for step in "RRDDLURDD":
    nxt = pos + dirs[step]
    if nxt in grid:
        pos = nxt
    path.append(pos)
print(path[-1], pos in trees, [grid[p] for p in path])
print(1j * 1j, (2 + 3j) * 1j, (2 + 3j) * -1j, abs(3 + 4j), (1 + 1j).conjugate(), complex(0, -0.0), -1j, 0j)
print(repr(1 + 0j), repr(-0j), repr(complex(1, float("inf"))), 3j ** 2, (1 + 2j) == complex("1+2j"))

# rope bridge (tail follows head)
MOVES = "R 4\nU 4\nL 3\nD 1\nR 4\nD 1\nL 5\nR 2"


def sign(v):
    return (v > 0) - (v < 0)


def simulate(n):
    knots = [(0, 0)] * n
    seen = {knots[-1]}
    for line in MOVES.splitlines():
        d, k = line.split()
        dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[d]
        for _ in range(int(k)):
            knots[0] = (knots[0][0] + dx, knots[0][1] + dy)
            for i in range(1, n):
                hx, hy = knots[i - 1]
                tx, ty = knots[i]
                if max(abs(hx - tx), abs(hy - ty)) > 1:
                    knots[i] = (tx + sign(hx - tx), ty + sign(hy - ty))
            seen.add(knots[-1])
    return seen


s2 = simulate(2)
print(len(s2), len(simulate(10)), min(s2), max(s2))
for y in range(4, -1, -1):
    print("".join("#" if (x, y) in s2 else "." for x in range(6)))
