# Grids as sets of (row, col) tuples, printed directly: the order is CPython's set table order.
walls = {(0, 1), (1, 1), (2, 1), (2, 3), (3, 3)}
print(walls)
neighbors = {(r + dr, c + dc) for r, c in [(2, 2)] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc}
print(neighbors)
print(neighbors - walls, neighbors & walls, len(neighbors | walls))
visited = set()
for step in [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (3, 2), (2, 2), (1, 2), (0, 2), (0, 3)]:
    visited.add(step)
print(visited)
diag = {(i, i) for i in range(6)}
anti = {(i, 5 - i) for i in range(6)}
print(diag, anti, diag & anti, sorted(diag ^ anti)[:4])
coords = set()
x, y = 0, 0
for move in "NNEESWWSSE":
    dx, dy = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}[move]
    x, y = x + dx, y + dy
    coords.add((x, y))
print(coords, (0, 0) in coords)
pairs = {(a, b) for a in range(4) for b in range(a + 1, 4)}
print(pairs)
print({(n, n * n) for n in range(-3, 4)})
print({frozenset({1, 2}), frozenset({2, 3}), frozenset({1})})
print({1.5, 2.25, -0.5, 100.0, 3.0}, {10 ** k for k in range(8)}, {-k for k in range(10)})
print({2 ** k % 17 for k in range(20)}, {k * 37 % 64 for k in range(20)})
