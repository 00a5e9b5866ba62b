readings = [(1, 17.5), (2, 21.0), (3, 14.25), (4, 21.0), (5, 9.75)]
lo = hi = readings[0]
for r in readings[1:]:
    if r[1] < lo[1]:
        lo = r
    if r[1] > hi[1]:
        hi = r
print("min", lo, "max", hi)
print(min(readings, key=lambda r: r[1]), max(readings, key=lambda r: r[1]))
temps = [t for _, t in readings]
print(max(temps) - min(temps))
best = None
for name, score in [("a", 5), ("b", 9), ("c", 9)]:
    if best is None or score > best[1]:
        best = (name, score)
print(best)
second = sorted(set(temps))[-2]
print("second highest", second)
running_max = []
cur = float("-inf")
for t in temps:
    cur = max(cur, t)
    running_max.append(cur)
print(running_max)
