from functools import lru_cache
from collections import Counter


def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


@lru_cache(maxsize=None)
def steps(n):
    if n == 1:
        return 0
    return 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)


print(collatz(6))
print(collatz(27)[:20], "...", len(collatz(27)))
print("max of 27's sequence:", max(collatz(27)))
best = max(range(1, 10000), key=steps)
print("longest under 10000:", best, steps(best))
print(steps.cache_info().hits > 0, type(steps.cache_info()).__name__)
hist = Counter(steps(n) // 10 * 10 for n in range(1, 1001))
for bucket in sorted(hist):
    print(f"{bucket:3d}-{bucket + 9:<3d} | {'#' * (hist[bucket] // 5)} {hist[bucket]}")
print(hist.most_common(3))
record = 0
for n in range(1, 200):
    s = steps(n)
    if s > record:
        record = s
        print(f"new record at {n}: {s} steps")
steps.cache_clear()
print(steps.cache_info())
