import csv
import io
from collections import defaultdict
from decimal import Decimal

CUSTOMERS = """id,name,country
1,Ana Silva,PT
2,Bo Chen,CN
3,Chidi Okafor,NG
4,Dana Levi,IL
"""
ORDERS = """order_id;customer_id;amount;currency
100;1;12.50;EUR
101;2;99.99;USD
102;1;7.25;EUR
103;5;15.00;EUR
104;3;abc;USD
105;2;0.01;USD
"""
RATES = {"EUR": Decimal("1.08"), "USD": Decimal("1")}
customers = {int(r["id"]): r for r in csv.DictReader(io.StringIO(CUSTOMERS))}
totals = defaultdict(Decimal)
problems = []
for r in csv.DictReader(io.StringIO(ORDERS), delimiter=";"):
    try:
        cust = customers[int(r["customer_id"])]
        amount = Decimal(r["amount"]) * RATES[r["currency"]]
    except KeyError as e:
        problems.append((r["order_id"], "KeyError", str(e)))
        continue
    except Exception as e:
        problems.append((r["order_id"], type(e).__name__, r["amount"]))
        continue
    totals[cust["name"]] += amount
out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["customer", "country", "total_usd"])
for cid, c in sorted(customers.items()):
    w.writerow([c["name"], c["country"], float(totals.get(c["name"], 0)).__round__(2)])
print(out.getvalue())
print(problems)
back = list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back)
print(sum(r[2] for r in back[1:]), max(back[1:], key=lambda r: r[2])[0])
print(customers[9])
