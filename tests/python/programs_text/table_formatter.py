def table(rows, headers, aligns=None, fmt=None, border="grid"):
    fmt = fmt or {}
    cells = [[format(v, fmt.get(i, "")) if v is not None else "" for i, v in enumerate(r)] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(headers)]
    aligns = aligns or ["<"] * len(headers)
    def line(vals, fill=" "):
        parts = [f"{v:{fill}{a}{w}}" for v, a, w in zip(vals, aligns, widths)]
        if border == "grid":
            return "| " + " | ".join(parts) + " |"
        if border == "plain":
            return "  ".join(parts).rstrip()
        return ",".join(v.strip() for v in vals)
    out = []
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    if border == "grid":
        out.append(rule)
    out.append(line(headers))
    if border == "grid":
        out.append(rule.replace("-", "="))
    elif border == "plain":
        out.append("  ".join("-" * w for w in widths))
    out.extend(line(c) for c in cells)
    if border == "grid":
        out.append(rule)
    return "\n".join(out)
data = [
    ("Alice", 34, 72000.5, 0.125, True),
    ("Bob", 5, 1234567.891, -0.0333, False),
    ("Christina-Marie", 102, 0.0, 1.0, False),
    ("Đorđe", -7, -42.42, 0.5, True),
]
hdrs = ["Name", "Age", "Salary", "Change", "Active"]
print(table(data, hdrs, ["<", ">", ">", ">", "^"], {1: "d", 2: ",.2f", 3: "+.1%"}))
print(table(data, hdrs, ["<", "^", ">", "<", ">"], {2: "_.1f", 3: ".3e"}, border="plain"))
print(table(data, hdrs, border="csv", fmt={2: ".0f"}))
print(table([], ["Empty", "Table"]))
print(table([(1, 2)], ["x", "y"], ["^", "^"], {0: "#06b", 1: "#x"}))
matrix = [[i * j for j in range(1, 10)] for i in range(1, 10)]
for r in matrix:
    print("".join(f"{v:4d}" for v in r))
print("\n".join(" ".join(f"{c!s:>5}" for c in row) for row in zip(*[range(1, 4), "abc", [True, False, None]])))
