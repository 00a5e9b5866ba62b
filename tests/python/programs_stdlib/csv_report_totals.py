import csv, io
from collections import defaultdict

raw = """date,region,product,units,price
2024-01-03,North,Widget,10,2.50
2024-01-03,South,Gadget,3,10.00
2024-01-04,North,Gadget,1,10.00
2024-01-05,East,Widget,7,2.50
2024-01-05,South,Widget,12,2.40
2024-01-06,North,Widget,4,2.50
"""
rows = list(csv.DictReader(io.StringIO(raw)))
print(len(rows), rows[0])
totals = defaultdict(float)
units = defaultdict(int)
for r in rows:
    totals[r["region"]] += int(r["units"]) * float(r["price"])
    units[r["product"]] += int(r["units"])
for region in sorted(totals):
    print(f"{region:<6}{totals[region]:>8.2f}")
print(dict(units))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "revenue", "share"])
grand = sum(totals.values())
for region, rev in sorted(totals.items(), key=lambda kv: -kv[1]):
    w.writerow([region, f"{rev:.2f}", f"{rev / grand:.1%}"])
w.writerow(["TOTAL", f"{grand:.2f}", "100%"])
print(out.getvalue())
tsv = io.StringIO()
dw = csv.DictWriter(tsv, fieldnames=["product", "units"], delimiter="\t", lineterminator="\n")
dw.writeheader()
dw.writerows({"product": p, "units": u} for p, u in sorted(units.items()))
print(tsv.getvalue())
print(list(csv.reader(io.StringIO(tsv.getvalue()), delimiter="\t")))
quoted = io.StringIO()
csv.writer(quoted, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows([["a", 1, 2.5, None]])
print(quoted.getvalue(), end="")
print(list(csv.reader(io.StringIO(quoted.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
print(next(csv.reader(["a,b,,d,"])), next(csv.reader([""]), "empty"), list(csv.reader(["\n"])))
