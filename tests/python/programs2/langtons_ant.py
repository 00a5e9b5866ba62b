def run(steps, size=11):
    black = set()
    x = y = size // 2
    dx, dy = 0, -1
    for _ in range(steps):
        if (x, y) in black:
            dx, dy = dy, -dx
            black.remove((x, y))
        else:
            dx, dy = -dy, dx
            black.add((x, y))
        x, y = (x + dx) % size, (y + dy) % size
    return black, (x, y), (dx, dy)

for steps in (0, 1, 10, 100, 200):
    black, pos, d = run(steps)
    print(f"after {steps:3d} steps: {len(black):3d} black cells, ant at {pos} facing {d}")

black, pos, _ = run(300)
for yy in range(11):
    print("".join("A" if (xx, yy) == pos else "#" if (xx, yy) in black else "." for xx in range(11)))
xs = sorted(x for x, _ in black)
print("x range:", xs[0], xs[-1])
