from collections import defaultdict
from itertools import product

sales = [
    ("2024-Q1", "north", "widgets", 120.5), ("2024-Q1", "south", "widgets", 80.0),
    ("2024-Q1", "north", "gadgets", 45.25), ("2024-Q2", "north", "widgets", 130.0),
    ("2024-Q2", "south", "gadgets", 99.99), ("2024-Q2", "east", "widgets", 10.0),
    ("2024-Q3", "south", "widgets", 75.5), ("2024-Q3", "east", "gadgets", 60.0),
]
pivot = defaultdict(float)
for q, region, prod, amt in sales:
    pivot[q, region] += amt
quarters = sorted({s[0] for s in sales})
regions = sorted({s[1] for s in sales})
print(f"{'':8}" + "".join(f"{r:>10}" for r in regions) + f"{'total':>10}")
for q in quarters:
    row = [pivot.get((q, r), 0.0) for r in regions]
    print(f"{q:8}" + "".join(f"{v:>10.2f}" if v else f"{'-':>10}" for v in row) + f"{sum(row):>10.2f}")
col_totals = [sum(pivot.get((q, r), 0) for q in quarters) for r in regions]
print(f"{'total':8}" + "".join(f"{v:>10.2f}" for v in col_totals) + f"{sum(col_totals):>10.2f}")
missing = [(q, r) for q, r in product(quarters, regions) if (q, r) not in pivot]
print("missing:", missing)
by_prod = defaultdict(lambda: defaultdict(list))
for q, region, prod, amt in sales:
    by_prod[prod][q].append(amt)
for prod in sorted(by_prod):
    cells = {q: round(sum(v), 1) for q, v in sorted(by_prod[prod].items())}
    print(prod, cells, max(cells, key=cells.get))
share = {r: t / sum(col_totals) for r, t in zip(regions, col_totals)}
for r, s in sorted(share.items(), key=lambda kv: -kv[1]):
    print(f"{r:<6} {s:6.1%} {'#' * round(s * 40)}")
transposed = list(zip(*[[pivot.get((q, r), 0) for r in regions] for q in quarters]))
print(transposed)
print(dict(zip(regions, map(max, transposed))))
growth = {}
for r in regions:
    vals = [pivot.get((q, r), 0) for q in quarters]
    growth[r] = [None if a == 0 else round((b - a) / a * 100, 1) for a, b in zip(vals, vals[1:])]
print(growth)
print(f"{sum(col_totals):,.3f}", f"{max(pivot.values()):e}", f"{min(pivot.values()):.3g}")
print(pivot["2024-Q4", "west"], len(pivot))
print(dict(pivot)[("2024-Q4", "north")])
