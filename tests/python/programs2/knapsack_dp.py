ITEMS = [("tent", 5, 60), ("stove", 3, 40), ("food", 4, 50), ("camera", 2, 30),
         ("book", 1, 10), ("water", 4, 45), ("rope", 2, 15), ("laptop", 3, 35)]

def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[n][capacity], chosen[::-1]

def greedy(items, capacity):
    total = 0
    taken = []
    for name, w, v in sorted(items, key=lambda t: t[2] / t[1], reverse=True):
        if w <= capacity:
            capacity -= w
            total += v
            taken.append(name)
    return total, taken

for cap in (5, 10, 15, 24):
    dp_val, dp_items = knapsack(ITEMS, cap)
    g_val, g_items = greedy(ITEMS, cap)
    print(f"cap {cap:2d}: dp {dp_val:3d} {dp_items}")
    print(f"        greedy {g_val:3d} {g_items}")

def count_subsets(nums, target):
    ways = [1] + [0] * target
    for n in nums:
        for t in range(target, n - 1, -1):
            ways[t] += ways[t - n]
    return ways[target]
print(count_subsets([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 15))
