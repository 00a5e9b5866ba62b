from collections import Counter, OrderedDict


def first_unique(s):
    counts = Counter(s)
    return next((i for i, ch in enumerate(s) if counts[ch] == 1), -1)


def is_rotation(a, b):
    return len(a) == len(b) and b in a + a


def longest_common_prefix(words):
    if not words:
        return ""
    shortest = min(words, key=len)
    for i, ch in enumerate(shortest):
        if any(w[i] != ch for w in words):
            return shortest[:i]
    return shortest


def longest_substring_no_repeat(s):
    seen, start, best = {}, 0, (0, 0)
    for i, ch in enumerate(s):
        if seen.get(ch, -1) >= start:
            start = seen[ch] + 1
        seen[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]


def count_and_say(n):
    s = "1"
    for _ in range(n - 1):
        out, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            out.append(f"{j - i}{s[i]}")
            i = j
        s = "".join(out)
    return s


def balanced_brackets(s):
    pairs = {")": "(", "]": "[", "}": "{", ">": "<"}
    stack = []
    for ch in s:
        if ch in "([{<":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


def word_pattern(pattern, text):
    words = text.split()
    return len(pattern) == len(words) and len(set(pattern)) == len(set(words)) == len(set(zip(pattern, words)))


for s in ("leetcode", "loveleetcode", "aabb", "", "x"):
    print(repr(s), first_unique(s))
print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"), is_rotation("", ""))
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["dog", "racecar"])), repr(longest_common_prefix([])))
for s in ("abcabcbb", "bbbbb", "pwwkew", "dvdf", ""):
    print(repr(s), repr(longest_substring_no_repeat(s)))
print([count_and_say(n) for n in range(1, 9)])
print([balanced_brackets(s) for s in ("<{[()]}>", "(]", "((", "", "a(b)c")])
print(word_pattern("abba", "dog cat cat dog"), word_pattern("abba", "dog cat cat fish"), word_pattern("aaaa", "dog dog dog dog"))
print(OrderedDict.fromkeys("mississippi"), "".join(OrderedDict.fromkeys("mississippi")))
print(sorted(Counter("mississippi").items(), key=lambda kv: (-kv[1], kv[0])))
print(max(sorted(set("mississippi")), key="mississippi".count), "mississippi".replace("ss", "SS", 1))
