from typing import List


class Solution:
    def reverseWords(self, s: str) -> str:
        return " ".join(reversed(s.split()))

    def isPalindrome(self, s: str) -> bool:
        t = [c.lower() for c in s if c.isalnum()]
        return t == t[::-1]

    def longestCommonPrefix(self, strs: List[str]) -> str:
        if not strs:
            return ""
        lo, hi = min(strs), max(strs)
        i = 0
        while i < len(lo) and lo[i] == hi[i]:
            i += 1
        return lo[:i]

    def longestPalindrome(self, s: str) -> str:
        best = ""
        for i in range(len(s)):
            for a, b in ((i, i), (i, i + 1)):
                while a >= 0 and b < len(s) and s[a] == s[b]:
                    a -= 1
                    b += 1
                if b - a - 1 > len(best):
                    best = s[a + 1:b]
        return best

    def convert(self, s: str, numRows: int) -> str:
        if numRows == 1:
            return s
        rows = [""] * numRows
        r, step = 0, 1
        for ch in s:
            rows[r] += ch
            if r == 0:
                step = 1
            elif r == numRows - 1:
                step = -1
            r += step
        return "".join(rows)

    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for w in strs:
            groups.setdefault("".join(sorted(w)), []).append(w)
        return list(groups.values())

    def strStr(self, haystack: str, needle: str) -> int:
        return haystack.find(needle)

    def compress(self, chars: List[str]) -> int:
        from itertools import groupby
        out = []
        for ch, grp in groupby(chars):
            n = len(list(grp))
            out.append(ch)
            if n > 1:
                out.extend(str(n))
        chars[:] = out
        return len(out)


s = Solution()
print(repr(s.reverseWords("  the sky   is blue  ")), repr(s.reverseWords("a good   example")))
print(s.isPalindrome("A man, a plan, a canal: Panama"), s.isPalindrome("race a car"), s.isPalindrome(" "))
print(repr(s.longestCommonPrefix(["flower", "flow", "flight"])), repr(s.longestCommonPrefix(["dog", "racecar", "car"])))
print(s.longestPalindrome("babad"), s.longestPalindrome("cbbd"), s.longestPalindrome("forgeeksskeegfor"))
print(s.convert("PAYPALISHIRING", 3), s.convert("PAYPALISHIRING", 4), s.convert("AB", 1))
print(s.groupAnagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print(s.strStr("sadbutsad", "sad"), s.strStr("leetcode", "leeto"), s.strStr("abc", ""))
chars = list("aabbccc")
print(s.compress(chars), chars)
chars = list("abbbbbbbbbbbb")
print(s.compress(chars), chars)
print("Hello World".swapcase(), "hello world".title(), "  x ".strip().center(5, "*"))
print("a,b,,c".split(","), "a b  c".split(" "), "a\tb\nc".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("abc".zfill(6), "-42".zfill(6), "Straße".casefold(), "ǅ".lower(), "ß".upper())
