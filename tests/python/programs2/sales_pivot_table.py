SALES = [
    ("North", "Q1", "widgets", 120), ("North", "Q1", "gadgets", 80), ("North", "Q2", "widgets", 150),
    ("South", "Q1", "widgets", 90), ("South", "Q2", "gadgets", 60), ("South", "Q2", "widgets", 40),
    ("East", "Q1", "gizmos", 200), ("East", "Q3", "widgets", 75), ("North", "Q3", "gizmos", 30),
    ("South", "Q3", "gadgets", 110), ("East", "Q2", "gadgets", 45), ("North", "Q4", "widgets", 160),
    ("East", "Q4", "gizmos", 20), ("South", "Q4", "widgets", 55),
]

def pivot(rows, row_key, col_key, value):
    table = {}
    cols = set()
    for r in rows:
        rk, ck = row_key(r), col_key(r)
        cols.add(ck)
        table.setdefault(rk, {})
        table[rk][ck] = table[rk].get(ck, 0) + value(r)
    return table, sorted(cols)

def show(table, cols, title):
    width = max(len(title), max(len(str(k)) for k in table))
    print(f"{title:<{width}}" + "".join(f"{c:>9}" for c in cols) + f"{'total':>9}")
    col_totals = {c: 0 for c in cols}
    for rk in sorted(table):
        row = table[rk]
        for c in cols:
            col_totals[c] += row.get(c, 0)
        print(f"{rk:<{width}}" + "".join(f"{row.get(c, 0) or '-':>9}" for c in cols) + f"{sum(row.values()):>9}")
    print(f"{'total':<{width}}" + "".join(f"{col_totals[c]:>9}" for c in cols) + f"{sum(col_totals.values()):>9}")
    print()

t, cols = pivot(SALES, lambda r: r[0], lambda r: r[1], lambda r: r[3])
show(t, cols, "region")
t, cols = pivot(SALES, lambda r: r[2], lambda r: r[0], lambda r: r[3])
show(t, cols, "product")
t, cols = pivot(SALES, lambda r: r[1], lambda r: r[2], lambda r: 1)
show(t, cols, "quarter")
best = max(SALES, key=lambda r: r[3])
print("best single sale:", best)
growth = {}
for region in ("North", "South", "East"):
    q = [sum(r[3] for r in SALES if r[0] == region and r[1] == f"Q{i}") for i in range(1, 5)]
    growth[region] = [f"{(b - a) / a:+.0%}" if a else "n/a" for a, b in zip(q, q[1:])]
print(growth)
