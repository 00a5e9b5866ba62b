LEDGER = """2024-04-01,opening,1500.00
2024-04-02,coffee shop,-4.50
2024-04-03,salary,3200.00
2024-04-05,rent,-1200.00
2024-04-05,electricity,-85.20
2024-04-09,groceries,-142.35
2024-04-12,transfer to savings,-500.00
2024-04-15,refund,19.99
2024-04-20,groceries,-98.10
2024-04-28,gym,-45.00"""

STATEMENT = """2024-04-02,COFFEE SHOP,-4.50
2024-04-03,ACME PAYROLL,3200.00
2024-04-05,RENT,-1200.00
2024-04-06,ELECTRIC CO,-85.20
2024-04-09,GROCER,-142.35
2024-04-12,SAVINGS,-500.00
2024-04-20,GROCER,-98.10
2024-04-25,BANK FEE,-12.00
2024-04-28,GYM,-54.00"""

def parse(text):
    rows = []
    for line in text.splitlines():
        date, rest = line.split(",", 1)
        desc, amount = rest.rsplit(",", 1)
        rows.append((date, desc, round(float(amount) * 100)))
    return rows

ledger = parse(LEDGER)
statement = parse(STATEMENT)
opening = ledger.pop(0)[2]
unmatched_stmt = list(statement)
matched, only_ledger = [], []
for date, desc, cents in ledger:
    candidates = [s for s in unmatched_stmt if s[2] == cents and abs(int(s[0][-2:]) - int(date[-2:])) <= 2]
    if candidates:
        s = candidates[0]
        unmatched_stmt.remove(s)
        matched.append((date, desc, s[1], cents))
    else:
        only_ledger.append((date, desc, cents))

money = lambda c: f"{c / 100:,.2f}"
print(f"matched {len(matched)} transactions:")
for date, d1, d2, c in matched:
    print(f"  {date} {d1:<20} = {d2:<13} {money(c):>10}")
print("in ledger only:")
for date, d, c in only_ledger:
    print(f"  {date} {d:<20} {money(c):>10}")
print("on statement only:")
for date, d, c in unmatched_stmt:
    print(f"  {date} {d:<20} {money(c):>10}")
ledger_bal = opening + sum(c for _, _, c in ledger)
bank_bal = opening + sum(c for _, _, c in statement)
print(f"ledger balance {money(ledger_bal)}, bank balance {money(bank_bal)}, difference {money(ledger_bal - bank_bal)}")
explained = sum(c for _, _, c in only_ledger) - sum(c for _, _, c in unmatched_stmt)
print("difference explained:", explained == ledger_bal - bank_bal)
