from functools import lru_cache
from typing import List


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        out = []

        def bt(i, path):
            if i == len(s):
                out.append(path[:])
                return
            for j in range(i + 1, len(s) + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    path.append(piece)
                    bt(j, path)
                    path.pop()

        bt(0, [])
        return out

    def minCut(self, s: str) -> int:
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        cuts = list(range(-1, n))
        for j in range(n):
            for i in range(j, -1, -1):
                if s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1]):
                    pal[i][j] = True
                    cuts[j + 1] = min(cuts[j + 1], cuts[i] + 1)
        return cuts[n]

    def countSubstrings(self, s: str) -> int:
        total = 0
        for c in range(2 * len(s) - 1):
            l, r = c // 2, c // 2 + c % 2
            while l >= 0 and r < len(s) and s[l] == s[r]:
                total += 1
                l, r = l - 1, r + 1
        return total

    def longestPalindromeSubseq(self, s: str) -> int:
        @lru_cache(maxsize=None)
        def lps(i, j):
            if i > j:
                return 0
            if i == j:
                return 1
            if s[i] == s[j]:
                return 2 + lps(i + 1, j - 1)
            return max(lps(i + 1, j), lps(i, j - 1))
        return lps(0, len(s) - 1)

    def shortestPalindrome(self, s: str) -> str:
        t = s + "#" + s[::-1]
        fail = [0] * len(t)
        for i in range(1, len(t)):
            k = fail[i - 1]
            while k and t[i] != t[k]:
                k = fail[k - 1]
            fail[i] = k + (t[i] == t[k])
        return s[fail[-1]:][::-1] + s

    def palindromePairs(self, words: List[str]) -> List[List[int]]:
        idx = {w: i for i, w in enumerate(words)}
        out = set()
        for i, w in enumerate(words):
            for k in range(len(w) + 1):
                pre, suf = w[:k], w[k:]
                if pre == pre[::-1] and suf[::-1] in idx and idx[suf[::-1]] != i:
                    out.add((idx[suf[::-1]], i))
                if suf == suf[::-1] and pre[::-1] in idx and idx[pre[::-1]] != i:
                    out.add((i, idx[pre[::-1]]))
        return sorted(map(list, out))


s = Solution()
print(s.partition("aab"), s.partition("a"), len(s.partition("aaaaaaaa")))
print(s.minCut("aab"), s.minCut("a"), s.minCut("ab"), s.minCut("abacdcabaxyz"))
print(s.countSubstrings("abc"), s.countSubstrings("aaa"), s.countSubstrings("abba" * 10))
print(s.longestPalindromeSubseq("bbbab"), s.longestPalindromeSubseq("cbbd"), s.longestPalindromeSubseq("character"))
print(s.shortestPalindrome("aacecaaa"), s.shortestPalindrome("abcd"), repr(s.shortestPalindrome("")))
print(s.palindromePairs(["abcd", "dcba", "lls", "s", "sssll"]), s.palindromePairs(["a", ""]))
