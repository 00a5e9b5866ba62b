RAW = """id,region,amount,status
1,north,120.50,ok
2,south,80.00,ok
3,north,,missing
4,east,300.25,ok
5,west,45.10,refunded
6,south,99.99,ok
7,north,abc,ok
8,east,15.00,ok
9,west,250.00,ok
10,north,60.00,ok"""

def read_rows(text):
    lines = iter(text.splitlines())
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))

def parse_amounts(rows, errors):
    for row in rows:
        try:
            row["amount"] = float(row["amount"])
        except ValueError:
            errors.append(f"row {row['id']}: bad amount {row['amount']!r}")
            continue
        yield row

def only(rows, status):
    return (r for r in rows if r["status"] == status)

def running_total(rows):
    total = 0.0
    for r in rows:
        total += r["amount"]
        yield r["id"], r["region"], r["amount"], round(total, 2)

errors = []
pipeline = running_total(only(parse_amounts(read_rows(RAW), errors), "ok"))
print(type(pipeline).__name__)
for rid, region, amount, total in pipeline:
    print(f"{rid:>3} {region:<6} {amount:>8.2f} {total:>9.2f}")
print("errors:", errors)

def group_sum(rows, key):
    out = {}
    for r in rows:
        out[r[key]] = out.get(r[key], 0.0) + r["amount"]
    return out
errors2 = []
sums = group_sum(parse_amounts(read_rows(RAW), errors2), "region")
for region, s in sorted(sums.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6}{s:>9.2f}")
print(len(errors2) == len(errors))
top = sorted(parse_amounts(read_rows(RAW), []), key=lambda r: r["amount"], reverse=True)[:3]
print([(r["id"], r["amount"]) for r in top])
