import re
from collections import defaultdict, Counter
words = ["listen", "silent", "enlist", "Tinsel", "google", "gooegl", "cat", "act", "tac", "dog", "god", "Racecar", "level", "noon", "banana"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w.lower()))].append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(f"{key:<8} -> {', '.join(sorted(groups[key], key=str.lower))}")
def is_pal(s):
    t = re.sub(r"[^a-z0-9]", "", s.casefold())
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Was it a car or a cat I saw?", "hello", "", "Ésope reste ici et se repose", "12321", "Able was I, ere I saw Elba"]:
    print(f"{s!r:<40} {is_pal(s)}")
def longest_pal(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]:
    print(s, "->", longest_pal(s))
print(Counter("mississippi").most_common(), sorted(Counter("mississippi").elements())[:6])
print(Counter("abc") == Counter("cba"), Counter("aab") - Counter("ab"), Counter("ab") + Counter("bc"), Counter("aab") & Counter("abb"), Counter("aab") | Counter("abb"))
pangram = "The quick brown fox jumps over the lazy dog"
print(set("abcdefghijklmnopqrstuvwxyz") <= set(pangram.lower()), sorted(set("abcdefghijklmnopqrstuvwxyz") - set("hello world")))
print(" ".join(w[::-1] for w in pangram.split()), pangram[::-1], " ".join(reversed(pangram.split())))
print(pangram.swapcase(), "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(pangram)))
