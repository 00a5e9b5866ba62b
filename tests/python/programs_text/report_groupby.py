from itertools import groupby
from operator import itemgetter
sales = [
    ("2024-01", "north", "widget", 120, 2.5), ("2024-01", "south", "widget", 80, 2.5), ("2024-01", "north", "gadget", 15, 19.99),
    ("2024-02", "north", "widget", 135, 2.45), ("2024-02", "south", "gadget", 22, 18.5), ("2024-02", "east", "widget", 60, 2.6),
    ("2024-03", "east", "gadget", 9, 21.0), ("2024-03", "south", "widget", 101, 2.5), ("2024-03", "north", "gizmo", 3, 99.0),
]
print(f"{'Month':<8}{'Region':<8}{'Product':<8}{'Units':>6}{'Price':>8}{'Revenue':>11}")
grand = 0
for month, rows in groupby(sorted(sales), key=itemgetter(0)):
    rows = list(rows)
    sub = 0
    for i, (m, region, prod, units, price) in enumerate(rows):
        rev = units * price
        sub += rev
        print(f"{m if i == 0 else '':<8}{region:<8}{prod:<8}{units:>6d}{price:>8.2f}{rev:>11,.2f}")
    print(f"{'':<8}{'':<8}{'subtotal':<8}{sum(r[3] for r in rows):>6d}{'':>8}{sub:>11,.2f}")
    grand += sub
print(f"{'TOTAL':<38}{grand:>11,.2f}")
by_product = {}
for _, _, prod, units, price in sales:
    u, r = by_product.get(prod, (0, 0.0))
    by_product[prod] = (u + units, r + units * price)
width = 30
top = max(r for _, r in by_product.values())
for prod, (u, r) in sorted(by_product.items(), key=lambda kv: -kv[1][1]):
    print(f"{prod:<8}{'#' * int(r / top * width):<{width}} {r:>9.2f} ({r / grand:.1%}) avg {r / u:.3f}")
pivot = {}
for m, region, _, units, _ in sales:
    pivot.setdefault(region, {}).setdefault(m, 0)
    pivot[region][m] += units
months = sorted({s[0] for s in sales})
print("region  " + "".join(f"{m:>9}" for m in months) + f"{'total':>8}")
for region in sorted(pivot):
    vals = [pivot[region].get(m, 0) for m in months]
    print(f"{region:<8}" + "".join(f"{v:>9}" if v else f"{'-':>9}" for v in vals) + f"{sum(vals):>8}")
