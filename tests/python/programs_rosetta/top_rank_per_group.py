import csv
import io
from itertools import groupby
from operator import itemgetter

DATA = """Employee Name,Employee ID,Salary,Department
Tyler Bennett,E10297,32000,D101
John Rappl,E21437,47000,D050
George Woltman,E00127,53500,D101
Adam Smith,E63535,18000,D202
Claire Buckman,E39876,27800,D202
David McClellan,E04242,41500,D101
Rich Holcomb,E01234,49500,D202
Nathan Adams,E41298,21900,D050
Richard Potter,E43128,15900,D101
David Motsinger,E27002,19250,D202
Tim Sampair,E03033,27000,D101
Kim Arlich,E10001,57000,D190
Timothy Grove,E16398,29900,D190
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
for r in rows:
    r["Salary"] = int(r["Salary"])
rows.sort(key=itemgetter("Department"))
N = 2
for dept, group in groupby(rows, key=itemgetter("Department")):
    print(f"Department {dept}")
    for r in sorted(group, key=itemgetter("Salary"), reverse=True)[:N]:
        print(f"  {r['Employee ID']}  {r['Salary']:>6}  {r['Employee Name']}")
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["dept", "total", "note"])
totals = {}
for r in rows:
    totals[r["Department"]] = totals.get(r["Department"], 0) + r["Salary"]
for d, t in sorted(totals.items()):
    w.writerow([d, t, 'has "quotes", commas' if t > 100000 else ""])
print(out.getvalue(), end="")
print(list(csv.reader(['a,"b,c",d', '"x""y",,z'])))
