data = """name,dept,salary
Ann,Eng,100
Bob,Ops,80
Cat,Eng,120
Dan,Ops,95
Eve,HR,70"""
lines = data.split("\n")
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    r["salary"] = int(r["salary"])
print(rows[0])
totals = {}
for r in rows:
    totals[r["dept"]] = totals.get(r["dept"], 0) + r["salary"]
for dept in sorted(totals, key=totals.get, reverse=True):
    print(f"{dept:<4}{totals[dept]:>5}")
top = max(rows, key=lambda r: r["salary"])
print("top earner:", top["name"])
print(",".join(header))
for r in sorted(rows, key=lambda r: (r["dept"], -r["salary"])):
    print(",".join(str(r[h]) for h in header))
