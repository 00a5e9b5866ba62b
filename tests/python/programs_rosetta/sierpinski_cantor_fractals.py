def carpet(n):
    rows = ["#"]
    for _ in range(n):
        rows = [r * 3 for r in rows] + [r + r.replace("#", " ") + r for r in rows] + [r * 3 for r in rows]
    return rows
print("\n".join(r.rstrip() for r in carpet(2)))
def triangle(n):
    d = ["*"]
    for i in range(n):
        sp = " " * (2 ** i)
        d = [sp + x + sp for x in d] + [x + " " + x for x in d]
    return d
print("\n".join(r.rstrip() for r in triangle(4)))
def cantor(width, lines):
    rows = [["#"] * width for _ in range(lines)]
    def cut(start, length, line):
        seg = length // 3
        if seg == 0:
            return
        for r in range(line, lines):
            for c in range(start + seg, start + 2 * seg):
                rows[r][c] = " "
        cut(start, seg, line + 1)
        cut(start + 2 * seg, seg, line + 1)
    cut(0, width, 1)
    return ["".join(r) for r in rows]
print("\n".join(cantor(81, 5)))
def dragon(n):
    s = "FX"
    for _ in range(n):
        s = "".join({"X": "X+YF+", "Y": "-FX-Y"}.get(c, c) for c in s)
    return s
d = dragon(8)
x = y = 0; dx, dy = 1, 0; pts = {(0, 0)}
for c in d:
    if c == "F":
        x, y = x + dx, y + dy; pts.add((x, y))
    elif c == "+":
        dx, dy = -dy, dx
    elif c == "-":
        dx, dy = dy, -dx
print(len(d), len(pts), min(pts), max(pts))
