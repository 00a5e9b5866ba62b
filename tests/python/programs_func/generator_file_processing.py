import io
import csv
from itertools import groupby, islice
from operator import itemgetter

RAW = """date,region,product,units,price
2024-01-03,north,widget,5,2.50
2024-01-03,south,gadget,2,10.00
2024-01-04,north,gadget,1,10.00
# corrupted line here
2024-01-04,east,widget,7,2.50
2024-01-05,south,widget,,2.50
2024-01-05,north,widget,3,2.75
2024-01-06,east,gizmo,4,7.25
"""

def lines(text):
    with io.StringIO(text) as f:
        for line in f:
            yield line.rstrip("\n")

def skip_comments(it):
    for line in it:
        if line and not line.startswith("#"):
            yield line

def parse_rows(it):
    reader = csv.DictReader(it)
    for lineno, row in enumerate(reader, start=2):
        try:
            row["units"] = int(row["units"])
            row["price"] = float(row["price"])
        except ValueError as e:
            print(f"  skipping line {lineno}: {e}")
            continue
        row["total"] = round(row["units"] * row["price"], 2)
        yield row

rows = list(parse_rows(skip_comments(lines(RAW))))
print(len(rows), rows[0])
for region, group in groupby(sorted(rows, key=itemgetter("region")), key=itemgetter("region")):
    group = list(group)
    print(f"{region:<6} {len(group)} rows, units={sum(r['units'] for r in group):>3}, revenue={sum(r['total'] for r in group):>7.2f}")
by_product = {}
for r in rows:
    by_product.setdefault(r["product"], []).append(r["total"])
print({k: round(sum(v), 2) for k, v in sorted(by_product.items())})
top = sorted(rows, key=lambda r: (-r["total"], r["date"]))
print([(r["date"], r["product"], r["total"]) for r in islice(top, 3)])
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["date", "product", "total"], extrasaction="ignore", lineterminator="\n")
writer.writeheader()
writer.writerows(top[:2])
print(out.getvalue(), end="")

def running_totals(it):
    total = 0.0
    for r in it:
        total += r["total"]
        yield r["date"], round(total, 2)
print(list(running_totals(rows)))

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window((r["units"] for r in rows), 3)))
print(sum(1 for _ in skip_comments(lines(RAW))), next(lines(RAW)).split(","))
