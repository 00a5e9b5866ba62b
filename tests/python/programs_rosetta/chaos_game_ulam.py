import random
import math
W, H = 61, 30
grid = [[" "] * W for _ in range(H)]
verts = [(0, H - 1), (W - 1, H - 1), (W // 2, 0)]
rng = random.Random(5)
x, y = rng.random() * W, rng.random() * H
for i in range(4000):
    vx, vy = rng.choice(verts)
    x, y = (x + vx) / 2, (y + vy) / 2
    if i > 10:
        grid[int(y)][int(x)] = "*"
print("\n".join("".join(r).rstrip() for r in grid))

def ulam(n):
    def is_prime(k):
        return k > 1 and all(k % d for d in range(2, math.isqrt(k) + 1))
    g = [[0] * n for _ in range(n)]
    x = y = n // 2
    k, step, d = 1, 1, 0
    dirs = [(1, 0), (0, -1), (-1, 0), (0, 1)]
    while k <= n * n:
        for _ in range(2):
            for _ in range(step):
                if 0 <= x < n and 0 <= y < n:
                    g[y][x] = k
                k += 1
                x += dirs[d][0]; y += dirs[d][1]
            d = (d + 1) % 4
        step += 1
    return "\n".join(" ".join("#" if is_prime(v) else "·" for v in row) for row in g)
print(ulam(9))
