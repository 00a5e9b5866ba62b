def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)

def schedule(principal, annual_rate, months, extra=0.0):
    pay = payment(principal, annual_rate, months)
    balance = principal
    rows = []
    month = 0
    while balance > 0.005 and month < 1000:
        month += 1
        interest = balance * annual_rate / 12
        principal_part = min(pay + extra - interest, balance)
        balance -= principal_part
        rows.append((month, interest, principal_part, max(balance, 0.0)))
    return pay, rows

pay, rows = schedule(10000, 0.06, 12)
print(f"monthly payment: {pay:.2f}")
print(f"{'mo':>3}{'interest':>10}{'principal':>11}{'balance':>11}")
for m, i, p, b in rows:
    print(f"{m:>3}{i:>10.2f}{p:>11.2f}{b:>11.2f}")
print(f"total interest: {sum(r[1] for r in rows):.2f}")

for extra in (0, 100, 500):
    pay, rows = schedule(200000, 0.045, 360, extra)
    total_int = sum(r[1] for r in rows)
    print(f"extra {extra:>4}: {len(rows):3d} months, interest {total_int:,.2f}")
print(f"{payment(1200, 0, 12):.2f}")
