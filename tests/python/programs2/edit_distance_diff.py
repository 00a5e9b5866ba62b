def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return out

def diff(old, new):
    common = lcs(old, new)
    i = j = 0
    lines = []
    for c in common:
        while old[i] != c:
            lines.append("- " + old[i]); i += 1
        while new[j] != c:
            lines.append("+ " + new[j]); j += 1
        lines.append("  " + c); i += 1; j += 1
    lines += ["- " + x for x in old[i:]] + ["+ " + x for x in new[j:]]
    return lines

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}  lcs={''.join(lcs(a, b))!r}")
old = ["def f(x):", "    y = x + 1", "    return y", "", "print(f(1))"]
new = ["def f(x, k=1):", "    y = x + k", "    return y", "", "print(f(1))", "print(f(2, 5))"]
print("\n".join(diff(old, new)))
words = ["apple", "apply", "ample", "maple", "applet", "happy"]
target = "appel"
print(sorted(words, key=lambda w: (edit_distance(target, w), w))[:3])
