def step(cells, rule):
    n = len(cells)
    out = []
    for i in range(n):
        left = cells[i - 1] if i > 0 else 0
        right = cells[i + 1] if i < n - 1 else 0
        idx = left << 2 | cells[i] << 1 | right
        out.append(rule >> idx & 1)
    return out

def run(rule, width=31, gens=15):
    cells = [0] * width
    cells[width // 2] = 1
    print(f"rule {rule} ({rule:08b})")
    history = []
    for _ in range(gens):
        print("".join("#" if c else " " for c in cells).rstrip())
        history.append(sum(cells))
        cells = step(cells, rule)
    return history

for rule in (90, 30, 184):
    counts = run(rule, gens=12)
    print("live counts:", counts)
print(step([0, 1, 1, 0, 1], 110))
