def print_table(t, rows, cols):
    print("    " + " ".join(f"{c:>2}" for c in cols))
    for label, row in zip(rows, t):
        print(f"{label:>3} " + " ".join(f"{v:>2}" for v in row))
a, b = "SUNDAY", "SATURDAY"
D = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
for i in range(len(a) + 1):
    D[i][0] = i
for j in range(len(b) + 1):
    D[0][j] = j
for i in range(1, len(a) + 1):
    for j in range(1, len(b) + 1):
        D[i][j] = min(D[i - 1][j] + 1, D[i][j - 1] + 1, D[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
print_table(D, " " + a, " " + b)
ops = []
i, j = len(a), len(b)
while i or j:
    if i and j and D[i][j] == D[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
        ops.append(("keep" if a[i - 1] == b[j - 1] else "sub", a[i - 1], b[j - 1]))
        i, j = i - 1, j - 1
    elif i and D[i][j] == D[i - 1][j] + 1:
        ops.append(("del", a[i - 1], "-"))
        i -= 1
    else:
        ops.append(("ins", "-", b[j - 1]))
        j -= 1
for op in reversed(ops):
    print("%-5s %s %s" % op)
def lps(s):
    n = len(s)
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            dp[i][j] = dp[i + 1][j - 1] + 2 if s[i] == s[j] else max(dp[i + 1][j], dp[i][j - 1])
    return dp[0][n - 1] if n else 0
print([lps(s) for s in ["bbbab", "cbbd", "", "character"]])
def count_distinct_subseq(s, t):
    dp = [1] + [0] * len(t)
    for ch in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == ch:
                dp[j] += dp[j - 1]
    return dp[-1]
print(count_distinct_subseq("rabbbit", "rabbit"), count_distinct_subseq("babgbag", "bag"))
def regex_match(s, p):
    dp = [[False] * (len(p) + 1) for _ in range(len(s) + 1)]
    dp[0][0] = True
    for j in range(2, len(p) + 1):
        dp[0][j] = p[j - 1] == "*" and dp[0][j - 2]
    for i in range(1, len(s) + 1):
        for j in range(1, len(p) + 1):
            if p[j - 1] == "*":
                dp[i][j] = dp[i][j - 2] or (p[j - 2] in (s[i - 1], ".") and dp[i - 1][j])
            else:
                dp[i][j] = p[j - 1] in (s[i - 1], ".") and dp[i - 1][j - 1]
    return dp[-1][-1]
for s, p in [("aa", "a"), ("aa", "a*"), ("ab", ".*"), ("aab", "c*a*b"), ("mississippi", "mis*is*p*.")]:
    print(f"{s!r:15} {p!r:14} {regex_match(s, p)}")
def max_square(grid):
    best = 0
    dp = [[0] * (len(grid[0]) + 1) for _ in range(len(grid) + 1)]
    for i, row in enumerate(grid, 1):
        for j, ch in enumerate(row, 1):
            if ch == "1":
                dp[i][j] = 1 + min(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1])
                best = max(best, dp[i][j])
    return best * best
print(max_square(["10100", "10111", "11111", "10010"]))
tri = [[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]]
row = tri[-1][:]
for r in range(len(tri) - 2, -1, -1):
    row = [tri[r][i] + min(row[i], row[i + 1]) for i in range(len(tri[r]))]
print("triangle min path:", row[0])
