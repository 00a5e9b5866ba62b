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
    for i, c in enumerate(text):
        while k and c != p[k]:
            k = t[k - 1]
        if c == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = t[k - 1]
    return hits
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)
def unrle(s):
    import re
    return "".join(ch * int(n or 1) for n, ch in re.findall(r"(\d*)(\D)", s))
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = a[i] + dp[i + 1][j + 1] if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z
text = "abracadabra abracadabra"
for pat in ["abra", "cad", "a", "xyz", "abracadabra"]:
    print(f"{pat:<12} kmp={kmp_search(text, pat)} find_all={[i for i in range(len(text)) if text.startswith(pat, i)]} count={text.count(pat)}")
print(kmp_table("aabaaab"), z_function("aabxaab"))
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle(s)
    print(f"{s!r:<16} -> {enc!r:<12} -> {unrle(enc)!r} {unrle(enc) == s}")
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), repr(lcs("abc", "xyz")))
words = ["flower", "flow", "flight", "fl"]
prefix = words[0]
for w in words[1:]:
    while not w.startswith(prefix):
        prefix = prefix[:-1]
print(repr(prefix), "".join(c[0] for c in zip(*words) if len(set(c)) == 1))
rot = "waterbottle"
print(any(rot[i:] + rot[:i] == "erbottlewat" for i in range(len(rot))), "erbottlewat" in rot + rot)
print(sorted(set("".join(sorted(p)) for p in ["ab", "ba", "abc"])), sorted({s[i:j] for s in ["aba"] for i in range(3) for j in range(i + 1, 4)}))
