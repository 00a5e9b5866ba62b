def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        for lo, hi in ((i, i), (i, i + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_palindrome("babad"), longest_palindrome("cbbd"), longest_palindrome("forgeeksskeegfor"))
def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t
def kmp_search(text, p):
    t, k, hits = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = t[k - 1]
    return hits
print(kmp_table("ababaca"), kmp_search("abababab", "abab"), "abababab".count("abab"))
def rle(s):
    from itertools import groupby
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
enc = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(enc, unrle(enc) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table), str.maketrans({"a": "1"}))
from collections import Counter
def first_unique(s):
    c = Counter(s)
    return next((i for i, ch in enumerate(s) if c[ch] == 1), -1)
print(first_unique("leetcode"), first_unique("loveleetcode"), first_unique("aabb"))
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
def longest_common_prefix(words):
    if not words:
        return ""
    import os
    return os.path.commonprefix(words)
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["dog", "car"])))
def lengthOfLongestSubstring(s):
    seen, start, best = {}, 0, 0
    for i, ch in enumerate(s):
        if seen.get(ch, -1) >= start:
            start = seen[ch] + 1
        seen[ch] = i
        best = max(best, i - start + 1)
    return best
print([lengthOfLongestSubstring(s) for s in ["abcabcbb", "bbbbb", "pwwkew", ""]])
print("".join(reversed("stressed")), " ".join("the sky is blue".split()[::-1]))
print("hello world".title(), "HeLLo".swapcase(), "abc".zfill(6), "-42".zfill(6), "x".center(7, "*"))
print(ord("A"), chr(97), [hex(ord(c)) for c in "hi"], "%c%c" % (72, "i"))
words = "the quick brown fox".split()
print(max(words, key=len), sorted(words, key=lambda w: w[-1]), "-".join(w.capitalize() for w in words))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "line1\nline2\r\n".splitlines(), "k=v=w".partition("="))
