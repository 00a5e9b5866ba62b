def escape(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

CHARS = " .:-=+*#%@"
W, H = 60, 20
rows = []
for j in range(H):
    y = 1.2 - 2.4 * j / (H - 1)
    line = []
    for i in range(W):
        x = -2.1 + 2.8 * i / (W - 1)
        n = escape(complex(x, y))
        line.append(CHARS[min(n, 29) * len(CHARS) // 30])
    rows.append("".join(line))
print("\n".join(r.rstrip() for r in rows))
inside = sum(r.count("@") for r in rows)
print("inside-ish:", inside)
print([escape(complex(x / 4, 0)) for x in range(-8, 3)])
