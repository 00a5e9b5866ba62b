from typing import List
from itertools import groupby
import re


class Codec:
    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, s: str) -> List[str]:
        out, i = [], 0
        while i < len(s):
            j = s.index("#", i)
            n = int(s[i:j])
            out.append(s[j + 1:j + 1 + n])
            i = j + 1 + n
        return out


class Solution:
    def countAndSay(self, n: int) -> str:
        s = "1"
        for _ in range(n - 1):
            s = "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
        return s

    def rle_encode(self, s: str) -> str:
        return "".join(f"{len(m.group(0))}{m.group(1)}" if len(m.group(0)) > 1 else m.group(1)
                       for m in re.finditer(r"(.)\1*", s))

    def rle_decode(self, s: str) -> str:
        return re.sub(r"(\d+)(\D)", lambda m: m.group(2) * int(m.group(1)), s)

    def decodeAtIndex(self, s: str, k: int) -> str:
        size = 0
        for c in s:
            size = size * int(c) if c.isdigit() else size + 1
        for c in reversed(s):
            k %= size
            if k == 0 and c.isalpha():
                return c
            size = size // int(c) if c.isdigit() else size - 1

    def compressString(self, s: str) -> str:
        comp = "".join(k + str(len(list(g))) for k, g in groupby(s))
        return comp if len(comp) < len(s) else s


c = Codec()
data = ["lint", "code", "", "a#b", "12#", "üñí©ødé"]
enc = c.encode(data)
print(repr(enc), c.decode(enc) == data, c.decode(c.encode([])))
s = Solution()
print([s.countAndSay(n) for n in range(1, 9)], len(s.countAndSay(30)))
for text in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc", "  hsqq qww  "]:
    e = s.rle_encode(text)
    print(repr(e), s.rle_decode(e) == text)
print(s.decodeAtIndex("leet2code3", 10), s.decodeAtIndex("ha22", 5), s.decodeAtIndex("a2345678999999999999999", 1))
print(s.compressString("aabcccccaaa"), s.compressString("abc"), s.compressString("aaAAaa"))
