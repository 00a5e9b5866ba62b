from functools import lru_cache
from itertools import combinations
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
def knap_dp(items, cap):
    n = len(items)
    table = [[0] * (cap + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            table[i][c] = table[i - 1][c]
            if w <= c and table[i - 1][c - w] + v > table[i][c]:
                table[i][c] = table[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return table[n][cap], sorted(chosen)
print(knap_dp(items, 200))
print(knap_dp(items, 0), knap_dp([], 10))
def knap_memo(items, cap):
    @lru_cache(maxsize=None)
    def best(i, c):
        if i == len(items):
            return 0
        _, w, v = items[i]
        skip = best(i + 1, c)
        return max(skip, v + best(i + 1, c - w)) if w <= c else skip
    return best(0, cap), best.cache_info().currsize
print(knap_memo(tuple(items), 200))
def knap_brute(items, cap):
    best = (0, ())
    for r in range(len(items) + 1):
        for combo in combinations(items, r):
            if sum(w for _, w, _ in combo) <= cap:
                best = max(best, (sum(v for *_, v in combo), tuple(sorted(n for n, *_ in combo))))
    return best
print(knap_brute(items, 200))
def fractional(items, cap):
    total = 0.0
    taken = []
    for name, w, v in sorted(items, key=lambda t: t[2] / t[1], reverse=True):
        if cap <= 0:
            break
        take = min(w, cap)
        total += v * take / w
        cap -= take
        taken.append(f"{name}:{take / w:.0%}")
    return round(total, 3), taken
print(fractional(items, 200))
def unbounded(weights, values, cap):
    dp = [0] * (cap + 1)
    for c in range(1, cap + 1):
        for w, v in zip(weights, values):
            if w <= c:
                dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap], dp[:12]
print(unbounded([1, 3, 4, 5], [10, 40, 50, 70], 8))
def partition_equal(nums):
    total = sum(nums)
    if total % 2:
        return False
    reach = {0}
    for x in nums:
        reach |= {r + x for r in reach}
    return total // 2 in reach
print(partition_equal([1, 5, 11, 5]), partition_equal([1, 2, 3, 5]))
def rod_cut(prices, n):
    best = [0] * (n + 1)
    cut = [0] * (n + 1)
    for length in range(1, n + 1):
        for i in range(1, length + 1):
            if i <= len(prices) and prices[i - 1] + best[length - i] > best[length]:
                best[length] = prices[i - 1] + best[length - i]
                cut[length] = i
    pieces = []
    while n:
        pieces.append(cut[n])
        n -= cut[n]
    return best[-1], pieces
print(rod_cut([1, 5, 8, 9, 10, 17, 17, 20], 8))
