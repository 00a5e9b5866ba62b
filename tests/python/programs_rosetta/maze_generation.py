import random

def make_maze(w, h, seed):
    rng = random.Random(seed)
    vis = [[False] * w + [True] for _ in range(h)] + [[True] * (w + 1)]
    ver = [["|  "] * w + ["|"] for _ in range(h)] + [[]]
    hor = [["+--"] * w + ["+"] for _ in range(h + 1)]
    stack = [(rng.randrange(w), rng.randrange(h))]
    vis[stack[0][1]][stack[0][0]] = True
    while stack:
        x, y = stack[-1]
        nbrs = [(x - 1, y), (x, y + 1), (x + 1, y), (x, y - 1)]
        nbrs = [(a, b) for a, b in nbrs if not vis[b][a]]
        if not nbrs:
            stack.pop()
            continue
        xx, yy = rng.choice(nbrs)
        vis[yy][xx] = True
        if xx == x:
            hor[max(y, yy)][x] = "+  "
        if yy == y:
            ver[y][max(x, xx)] = "   "
        stack.append((xx, yy))
    return "".join("".join(a + ["\n"] + b + ["\n"]) for a, b in zip(hor, ver))

print(make_maze(12, 6, 2024))
print(make_maze(4, 3, 1))
