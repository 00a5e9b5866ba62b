from functools import lru_cache
from typing import List


class Solution:
    def longestCommonSubsequence(self, a: str, b: str) -> int:
        prev = [0] * (len(b) + 1)
        for ca in a:
            cur = [0]
            for j, cb in enumerate(b):
                cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
            prev = cur
        return prev[-1]

    def minDistance(self, a: str, b: str) -> int:
        @lru_cache(None)
        def d(i, j):
            if i == len(a):
                return len(b) - j
            if j == len(b):
                return len(a) - i
            if a[i] == b[j]:
                return d(i + 1, j + 1)
            return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))
        return d(0, 0)

    def wordBreak(self, s: str, words: List[str]) -> bool:
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            ok[i] = any(ok[i - len(w)] and s[i - len(w):i] == w for w in words if len(w) <= i)
        return ok[-1]

    def numDecodings(self, s: str) -> int:
        a, b = 1, 0 if s[0] == "0" else 1
        for i in range(1, len(s)):
            c = (b if s[i] != "0" else 0) + (a if 10 <= int(s[i - 1:i + 1]) <= 26 else 0)
            a, b = b, c
        return b

    def coinChange(self, coins: List[int], amount: int) -> int:
        INF = float("inf")
        dp = [0] + [INF] * amount
        for c in coins:
            for x in range(c, amount + 1):
                dp[x] = min(dp[x], dp[x - c] + 1)
        return -1 if dp[amount] == INF else dp[amount]

    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in coins:
            for x in range(c, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]

    def isMatch(self, s: str, p: str) -> bool:
        @lru_cache(None)
        def m(i, j):
            if j == len(p):
                return i == len(s)
            first = i < len(s) and p[j] in (s[i], ".")
            if j + 1 < len(p) and p[j + 1] == "*":
                return m(i, j + 2) or (first and m(i + 1, j))
            return first and m(i + 1, j + 1)
        return m(0, 0)

    def rob(self, nums: List[int]) -> int:
        a = b = 0
        for n in nums:
            a, b = b, max(b, a + n)
        return b


s = Solution()
print(s.longestCommonSubsequence("abcde", "ace"), s.longestCommonSubsequence("abc", "def"))
print(s.minDistance("horse", "ros"), s.minDistance("intention", "execution"), s.minDistance("", "abc"))
print(s.wordBreak("leetcode", ["leet", "code"]), s.wordBreak("catsandog", ["cats", "dog", "sand", "and", "cat"]))
print([s.numDecodings(x) for x in ("12", "226", "06", "11106", "2611055971756562")])
print(s.coinChange([1, 2, 5], 11), s.coinChange([2], 3), s.coinChange([1], 0))
print(s.change(5, [1, 2, 5]), s.change(3, [2]), s.change(500, [1, 2, 5, 10, 20, 50, 100, 200]))
print([s.isMatch(a, b) for a, b in (("aa", "a"), ("aa", "a*"), ("ab", ".*"), ("aab", "c*a*b"), ("mississippi", "mis*is*p*."))])
print(s.rob([1, 2, 3, 1]), s.rob([2, 7, 9, 3, 1]), s.rob([]))
print(float("inf"), -float("inf"), float("inf") - float("inf"), min(3, float("inf")), repr(float("nan")))
