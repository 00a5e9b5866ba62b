def zigzag(n):
    idx = sorted(((x, y) for x in range(n) for y in range(n)),
                 key=lambda p: (p[0] + p[1], -p[1] if (p[0] + p[1]) % 2 else p[1]))
    m = [[0] * n for _ in range(n)]
    for i, (x, y) in enumerate(idx):
        m[y][x] = i
    return m

def spiral(n):
    m = [[None] * n for _ in range(n)]
    dx, dy, x, y = 1, 0, 0, 0
    for i in range(n * n):
        m[y][x] = i
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n and m[ny][nx] is None):
            dx, dy = -dy, dx
        x, y = x + dx, y + dy
    return m

def show(m):
    w = len(str(max(map(max, m))))
    for row in m:
        print(" ".join(f"{v:{w}}" for v in row))

show(zigzag(5))
print()
show(spiral(5))
print()
identity = [[int(i == j) for j in range(4)] for i in range(4)]
show(identity)
print([list(r) for r in zip(*identity[::-1])] == identity)
