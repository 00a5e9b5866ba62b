def n_queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return sols
for n in range(1, 9):
    print(n, len(n_queens(n)))
first = n_queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
puzzle = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79"]
grid = [[int(ch) if ch != "." else 0 for ch in row] for row in puzzle]
def ok(g, r, c, v):
    if v in g[r] or any(g[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(g[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
def solve(g):
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid))
for r in range(9):
    row = " ".join(str(v) for v in grid[r])
    print(row[:5], "|", row[6:11], "|", row[12:])
def subset_sum(nums, target):
    res = []
    def go(i, cur, total):
        if total == target:
            res.append(cur[:])
            return
        if total > target or i == len(nums):
            return
        cur.append(nums[i])
        go(i + 1, cur, total + nums[i])
        cur.pop()
        go(i + 1, cur, total)
    go(0, [], 0)
    return res
print(subset_sum([3, 34, 4, 12, 5, 2], 9))
def combos(candidates, target, start=0):
    if target == 0:
        return [[]]
    out = []
    for i in range(start, len(candidates)):
        c = candidates[i]
        if c <= target:
            out += [[c] + rest for rest in combos(candidates, target - c, i)]
    return out
print(combos([2, 3, 6, 7], 7), combos([2, 3, 5], 8))
def parens(n):
    out = []
    def go(s, o, c):
        if len(s) == 2 * n:
            out.append(s)
            return
        if o < n:
            go(s + "(", o + 1, c)
        if c < o:
            go(s + ")", o, c + 1)
    go("", 0, 0)
    return out
print(parens(3), len(parens(5)))
def word_search(board, word):
    R, C = len(board), len(board[0])
    def dfs(r, c, i):
        if i == len(word):
            return True
        if not (0 <= r < R and 0 <= c < C) or board[r][c] != word[i]:
            return False
        tmp, board[r][c] = board[r][c], "#"
        found = any(dfs(r + dr, c + dc, i + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        board[r][c] = tmp
        return found
    return any(dfs(r, c, 0) for r in range(R) for c in range(C))
b = [list("ABCE"), list("SFCS"), list("ADEE")]
print([word_search(b, w) for w in ["ABCCED", "SEE", "ABCB"]])
