import csv
import io
from collections import defaultdict

DATA = """region,product,units,price
North,Widget,10,2.50
South,Gadget,3,10.00
North,Gadget,7,10.00
East,Widget,"1,200",2.50
West,Doohickey,5,7.25
South,Widget,12,2.50
"""

reader = csv.DictReader(io.StringIO(DATA))
print(reader.fieldnames)
totals = defaultdict(float)
units = defaultdict(int)
bad = []
for row in reader:
    try:
        n = int(row["units"])
    except ValueError as e:
        print(type(e).__name__, e)
        n = int(row["units"].replace(",", ""))
        bad.append(row)
    totals[row["region"]] += n * float(row["price"])
    units[row["product"]] += n

for region in sorted(totals):
    print(f"{region:<8}{totals[region]:>12,.2f}")
print(dict(units))
print(bad)
print(sorted(units.items(), key=lambda kv: (-kv[1], kv[0])))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["name", "note"])
w.writerow(["a,b", 'say "hi"'])
w.writerow(["line\nbreak", None])
w.writerow([1.5, True])
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["x", "y"], extrasaction="ignore")
w.writeheader()
w.writerow({"x": 1, "y": 2, "z": 3})
w.writerows([{"x": 4}, {"y": 5}])
print(repr(out.getvalue()))
try:
    w2 = csv.DictWriter(io.StringIO(), fieldnames=["x"])
    w2.writerow({"x": 1, "q": 2})
except ValueError as e:
    print(type(e).__name__, e)

rows = list(csv.reader(io.StringIO("a;b;c\n1;2;3\n"), delimiter=";"))
print(rows)
rows = list(csv.reader(["  x,  y", "'a,b',c"], quotechar="'", skipinitialspace=True))
print(rows)
for row in csv.DictReader(io.StringIO("a,b\n1\n1,2,3\n")):
    print(row)
for row in csv.DictReader(io.StringIO("a,b\n1\n1,2,3\n"), restkey="rest", restval="?"):
    print(row)
row = next(csv.DictReader(io.StringIO("name,age\nBob,30\n")))
print(row["salary"])
