text = """Sphinx of black quartz, judge my vow! The five boxing wizards jump quickly.
How vexingly quick daft zebras jump; 1234567890 — ÀÉÎÕÜ ñ ç ß."""
counts = {}
for ch in text:
    if ch.isalpha():
        k = ch.lower()
        counts[k] = counts.get(k, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
peak = top[0][1]
for ch, n in top[:12]:
    bar = "█" * round(n / peak * 30)
    print(f"{ch!r:>5} {n:3d} {bar:<30}|{n / sum(counts.values()):6.1%}")
print("letters:", "".join(sorted(counts)), len(counts))
print("missing a-z:", "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in counts) or "none")
classes = {"upper": str.isupper, "lower": str.islower, "digit": str.isdigit, "space": str.isspace, "punct": lambda c: not c.isalnum() and not c.isspace(), "ascii": str.isascii}
for name, pred in classes.items():
    members = [c for c in text if pred(c)]
    print(f"{name:>6}: {len(members):3d} {''.join(sorted(set(members)))!r}")
lines = text.splitlines()
width = max(len(l) for l in lines)
for l in lines:
    print(f"|{l:<{width}}|", len(l), len(l.encode()), l.count(" ") + 1)
vert = {}
for ch, n in top[:8]:
    vert[ch] = n
rows = max(vert.values())
for level in range(rows, 0, -1):
    print(" ".join("#" if vert[c] >= level else " " for c in vert), level)
print(" ".join(vert))
