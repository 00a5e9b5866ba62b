visited = set()
for step in [(0, 0), (0, 1), (1, 1), (0, 1), (0, 0)]:
    if step in visited:
        print("revisit", step)
    visited.add(step)
print(len(visited), sorted(visited))
print({(1, 2), (1, 2)}, (1, 2) in {(1, 2)})
