BRACKETS = [
    (11000, 0.10),
    (44725, 0.12),
    (95375, 0.22),
    (182100, 0.24),
    (231250, 0.32),
    (578125, 0.35),
    (float("inf"), 0.37),
]
STANDARD_DEDUCTION = 13850

def tax_owed(income):
    taxable = max(0, income - STANDARD_DEDUCTION)
    owed = 0.0
    lower = 0
    detail = []
    for upper, rate in BRACKETS:
        if taxable <= lower:
            break
        portion = min(taxable, upper) - lower
        owed += portion * rate
        detail.append((rate, portion))
        lower = upper
    return owed, detail

for income in (10000, 30000, 55000, 120000, 400000, 1000000):
    owed, detail = tax_owed(income)
    eff = owed / income
    marginal = detail[-1][0] if detail else 0
    print(f"income {income:>10,}: tax {owed:>12,.2f}  effective {eff:6.2%}  marginal {marginal:.0%}")
owed, detail = tax_owed(120000)
for rate, portion in detail:
    print(f"   {rate:>4.0%} on {portion:>10,.2f} = {rate * portion:>10,.2f}")
