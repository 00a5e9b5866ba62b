import textwrap
articles = [
    ("Local news", "The town council met on Tuesday to discuss the new library, which will open next spring after two years of construction delays."),
    ("Weather", "Sunny with a chance of afternoon showers; highs near 24°C, lows around 13°C."),
    ("Sports", "The home team won 3–2 in extra time."),
]
col_w, gutter = 24, " │ "
columns = []
for title, body in articles:
    lines = [title.upper().center(col_w, "─")] + textwrap.wrap(body, col_w)
    columns.append(lines)
height = max(map(len, columns))
for row in range(height):
    print(gutter.join((col[row] if row < len(col) else "").ljust(col_w) for col in columns).rstrip())
print("═" * (col_w * 3 + len(gutter) * 2))
def full_justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for ln in lines:
        if len(ln) == 1:
            out.append(ln[0].ljust(width))
            continue
        gaps = len(ln) - 1
        total = width - sum(map(len, ln))
        s = ""
        for i, w in enumerate(ln[:-1]):
            s += w + " " * (total // gaps + (i < total % gaps))
        out.append(s + ln[-1])
    out.append(" ".join(cur).ljust(width))
    return out
for ln in full_justify("This is an example of text justification where every line but the last fills the width exactly.".split(), 20):
    print(f"[{ln}]")
print(textwrap.fill(" ".join(a[1] for a in articles), 60, initial_indent="¶ ", subsequent_indent="  ", max_lines=4, placeholder=" […]"))
