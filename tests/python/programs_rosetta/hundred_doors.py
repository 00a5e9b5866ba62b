# 100 doors: toggle every k-th door on pass k; the open ones are the perfect squares.
doors = [False] * 101
for step in range(1, 101):
    for d in range(step, 101, step):
        doors[d] = not doors[d]
open_doors = [i for i, is_open in enumerate(doors) if is_open]
print("open:", open_doors)
print("count:", len(open_doors))
print("all squares:", all(int(d ** 0.5) ** 2 == d for d in open_doors))
