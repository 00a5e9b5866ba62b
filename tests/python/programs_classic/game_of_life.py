def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live, rows, cols):
    for r in range(rows):
        print("".join("#" if (r, c) in live else "." for c in range(cols)))


def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}


glider = parse("""
.#.
..#
###
""")
blinker = parse("###")
live = {(r + 1, c + 1) for r, c in glider}
for gen in range(5):
    print(f"generation {gen}: {len(live)} cells, bbox rows {min(r for r, _ in live)}-{max(r for r, _ in live)}")
    show(live, 6, 6)
    live = step(live)
b = {(1, c) for _, c in blinker}
print(sorted(b), sorted(step(b)), step(step(b)) == b)
block = parse("##\n##")
print("block still life:", step(block) == block)
acorn = parse("""
.#.....
...#...
##..###
""")
pop = []
state = acorn
for _ in range(30):
    pop.append(len(state))
    state = step(state)
print(pop)
