DATA = """region,product,units,unit_price
north,widget,120,2.50
south,widget,80,2.50
north,gadget,15,19.99
east,widget,200,2.25
south,gizmo,42,7.10
east,gadget,9,21.00
north,gizmo,30,7.10"""
def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        rec = dict(zip(header, line.split(",")))
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
        rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
        rows.append(rec)
    return rows
rows = parse(DATA)
def group(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out
for key in ("region", "product"):
    print(f"by {key}:")
    for name, rs in sorted(group(rows, key).items()):
        print(f"  {name:<8} units={sum(r['units'] for r in rs):>4}  revenue={sum(r['revenue'] for r in rs):>9,.2f}")
best = max(rows, key=lambda r: r["revenue"])
print("best line:", best)
pivot = {}
for r in rows:
    pivot.setdefault(r["region"], {})[r["product"]] = r["units"]
products = sorted({r["product"] for r in rows})
print("region".ljust(8) + "".join(p.rjust(8) for p in products))
for region in sorted(pivot):
    print(region.ljust(8) + "".join(str(pivot[region].get(p, "-")).rjust(8) for p in products))
