# Compound interest and loan amortization with floats and Decimal, printed as tables.
from decimal import Decimal, ROUND_HALF_UP
principal = 10000.0
for rate in (0.01, 0.035, 0.05, 0.0725):
    row = []
    for years in (1, 5, 10, 30):
        amount = principal * (1 + rate / 12) ** (12 * years)
        row.append(f"{amount:>14,.2f}")
    print(f"{rate:>7.2%}", *row)
def amortize(p, annual, months):
    r = Decimal(annual) / 12 / 100
    pay = (p * r / (1 - (1 + r) ** -months)).quantize(Decimal('0.01'), ROUND_HALF_UP)
    bal = p
    rows = []
    for m in range(1, months + 1):
        interest = (bal * r).quantize(Decimal('0.01'), ROUND_HALF_UP)
        princ = pay - interest if m < months else bal
        bal -= princ
        rows.append((m, pay if m < months else princ + interest, interest, princ, bal))
    return pay, rows
pay, rows = amortize(Decimal('5000'), '6.5', 12)
print('payment', pay)
print(f"{'m':>3} {'pay':>9} {'int':>8} {'princ':>9} {'balance':>10}")
for m, p, i, pr, b in rows:
    print(f"{m:>3} {p:>9} {i:>8} {pr:>9} {b:>10}")
print('total interest', sum(r[2] for r in rows))
balance = 1000.0
history = []
for year in range(1, 11):
    balance *= 1.04
    balance += 100
    history.append(round(balance, 2))
print(history)
print(f"{balance:.10f}", f"{balance:e}", f"{balance:g}", repr(balance))
rule72 = {r: 72 / r for r in (2, 3, 4, 6, 8, 9, 12)}
import math
for r, y in rule72.items():
    exact = math.log(2) / math.log(1 + r / 100)
    print(f"{r:>2}% rule72={y:6.2f} exact={exact:6.2f} diff={y - exact:+.3f}")
