import re
import string
from collections import Counter, defaultdict


def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())


def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]


def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?",
           "No 'x' in Nixon", "", "ab", "Ünü"]
for p in phrases:
    print(f"{p!r:40} {is_palindrome(p)}")
print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("babad"), repr(longest_palindrome("")))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
for key, grp in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(key, grp)
print(Counter("listen") == Counter("silent"), sorted("Dormitory".lower()) == sorted("dirtyroom"))
print(sorted(groups.values(), key=len, reverse=True)[0])
print(set("abc") == set("cab"), sorted(set("mississippi")))
pangram = "The quick brown fox jumps over the lazy dog"
print(set(string.ascii_lowercase) <= set(pangram.lower()))
print(sorted(set(string.ascii_lowercase) - set("hello world")))
print(re.sub(r"[^a-z]", "", pangram.lower()))
print(string.punctuation, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable))
print(is_palindrome(12321) if False else "skip", str(12321) == str(12321)[::-1])
print("".join(reversed("stressed")), "stressed"[::-1], "stressed"[::-2], "stressed"[-2:2:-1])
