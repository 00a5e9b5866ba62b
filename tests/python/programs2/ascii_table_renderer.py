def render(rows, headers, align=None, title=None):
    cols = list(zip(*([headers] + [[fmt(v) for v in r] for r in rows]))) if rows else [[h] for h in headers]
    widths = [max(len(str(c)) for c in col) for col in cols]
    align = align or ["<"] * len(headers)
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = []
    if title:
        inner = len(sep) - 2
        out += ["+" + "-" * inner + "+", "|" + title.center(inner) + "|"]
    out.append(sep)
    out.append("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
    out.append(sep.replace("-", "="))
    for r in rows:
        cells = [f"{fmt(v):{a}{w}}" for v, a, w in zip(r, align, widths)]
        out.append("| " + " | ".join(cells) + " |")
    out.append(sep)
    return "\n".join(out)

def fmt(v):
    if isinstance(v, float):
        return f"{v:,.2f}"
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)

planets = [
    ("Mercury", 0.39, 0, False, 4879),
    ("Venus", 0.72, 0, False, 12104),
    ("Earth", 1.0, 1, True, 12742),
    ("Mars", 1.52, 2, False, 6779),
    ("Jupiter", 5.2, 95, None, 139820),
    ("Saturn", 9.54, 146, None, 116460),
]
print(render(planets, ["Planet", "AU", "Moons", "Life", "Diameter km"], ["<", ">", ">", "^", ">"], "Solar System"))
print(render([], ["empty", "table"]))
print(render([(1, "x" * 12)], ["id", "long"]))
