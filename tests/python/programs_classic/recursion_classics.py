import sys
from itertools import permutations as it_perms


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(seq):
    if len(seq) <= 1:
        return [seq[:]]
    out = []
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append([x] + p)
    return out


def n_queens(n):
    solutions = []
    cols, d1, d2 = set(), set(), set()
    board = []

    def place(r):
        if r == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()

    place(0)
    return solutions


def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    count = 0

    def fill(r, c):
        nonlocal count
        if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
            return
        grid[r][c] = new
        count += 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            fill(r + dr, c + dc)

    fill(r, c)
    return count


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


moves = hanoi(3)
for n, s, d in moves:
    print(f"move disk {n} from {s} to {d}")
print(len(hanoi(10)), 2 ** 10 - 1)
print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))), sorted(map(list, it_perms("abc"))) == sorted(permutations(list("abc"))))
sols = n_queens(8)
print(len(sols), "solutions; first:", sols[0])
for c in sols[0]:
    print(" ".join("Q" if i == c else "." for i in range(8)))
print([len(n_queens(k)) for k in range(1, 9)])
img = [list(row) for row in ["..##....", ".#..#...", ".#...#..", "..###...", "........"]]
print("filled", flood_fill(img, 2, 3, "o"))
print("\n".join("".join(r) for r in img))
print("filled outside", flood_fill(img, 0, 0, "~"))
print("\n".join("".join(r) for r in img))
print(power_set([1, 2, 3]))
print(ackermann(2, 3), ackermann(3, 3))
sys.setrecursionlimit(3000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(2500))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
forever(1)
