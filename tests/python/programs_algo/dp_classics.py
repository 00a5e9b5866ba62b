def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], "".join(reversed(out))
print(lcs("ABCBDAB", "BDCABA"), lcs("", "abc"), lcs("same", "same"))
def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]
for pair in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(pair, edit_distance(*pair))
def knapsack(items, cap):
    dp = [0] * (cap + 1)
    keep = [[False] * (cap + 1) for _ in items]
    for i, (w, v) in enumerate(items):
        for c in range(cap, w - 1, -1):
            if dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
                keep[i][c] = True
    chosen, c = [], cap
    for i in range(len(items) - 1, -1, -1):
        if keep[i][c]:
            chosen.append(i)
            c -= items[i][0]
    return dp[cap], sorted(chosen)
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def coin_change(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1], 0))
def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(count_ways([1, 5, 10, 25, 50], 100))
def max_subarray(xs):
    best = cur = xs[0]
    start = best_s = best_e = 0
    for i, x in enumerate(xs[1:], 1):
        if cur + x < x:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_s, best_e = cur, start, i
    return best, xs[best_s:best_e + 1]
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min(cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1] for k in range(i, j))
    return cost[0][n - 1]
print(matrix_chain([10, 30, 5, 60]), matrix_chain([40, 20, 30, 10, 30]))
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        r = rows[-1]
        rows.append([1] + [a + b for a, b in zip(r, r[1:])] + [1])
    return rows
for row in pascal(7):
    print(" ".join(f"{v:3d}" for v in row).center(40))
def word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]
print(word_break("leetcode", {"leet", "code"}), word_break("catsandog", {"cats", "dog", "sand", "and", "cat"}))
grid = [[1, 3, 1], [1, 5, 1], [4, 2, 1]]
R, C = len(grid), len(grid[0])
best = [[0] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        best[r][c] = grid[r][c] + (0 if r == c == 0 else min(best[r - 1][c] if r else float("inf"), best[r][c - 1] if c else float("inf")))
print(best, best[-1][-1])
