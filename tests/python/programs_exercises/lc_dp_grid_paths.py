from functools import lru_cache, cache
from typing import List
from math import comb


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        row = [1] * n
        for _ in range(1, m):
            for j in range(1, n):
                row[j] += row[j - 1]
        return row[-1]

    def uniquePathsWithObstacles(self, grid: List[List[int]]) -> int:
        n = len(grid[0])
        dp = [0] * n
        dp[0] = 1
        for row in grid:
            for j, cell in enumerate(row):
                if cell:
                    dp[j] = 0
                elif j:
                    dp[j] += dp[j - 1]
        return dp[-1]

    def minPathSum(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])

        @lru_cache(maxsize=None)
        def go(i, j):
            if i == m - 1 and j == n - 1:
                return grid[i][j]
            best = float("inf")
            if i + 1 < m:
                best = min(best, go(i + 1, j))
            if j + 1 < n:
                best = min(best, go(i, j + 1))
            return grid[i][j] + best

        r = go(0, 0)
        print("cache:", go.cache_info())
        return r

    def maximalSquare(self, matrix: List[List[str]]) -> int:
        m, n = len(matrix), len(matrix[0])
        dp = [[0] * (n + 1) for _ in range(m + 1)]
        side = 0
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == "1":
                    dp[i + 1][j + 1] = 1 + min(dp[i][j], dp[i][j + 1], dp[i + 1][j])
                    side = max(side, dp[i + 1][j + 1])
        return side * side

    def climbStairs(self, n: int) -> int:
        @cache
        def f(k):
            return 1 if k <= 1 else f(k - 1) + f(k - 2)
        return f(n)


s = Solution()
print(s.uniquePaths(3, 7), s.uniquePaths(3, 2), comb(8, 2))
print(s.uniquePaths(20, 20) == comb(38, 19), s.uniquePaths(50, 50))
print(s.uniquePathsWithObstacles([[0, 0, 0], [0, 1, 0], [0, 0, 0]]))
print(s.minPathSum([[1, 3, 1], [1, 5, 1], [4, 2, 1]]))
print(s.maximalSquare([list("10100"), list("10111"), list("11111"), list("10010")]))
print([s.climbStairs(n) for n in range(1, 11)])
print(s.climbStairs(200))
print(f"{s.climbStairs(90):,}", f"{s.climbStairs(90):_}", f"{s.climbStairs(50):>20}|")
