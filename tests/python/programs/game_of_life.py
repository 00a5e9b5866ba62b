def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
world = glider
for gen in range(5):
    print(f"generation {gen}:")
    print(render(world, 6, 6))
    world = step(world)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
print(len(world), sorted(world))
