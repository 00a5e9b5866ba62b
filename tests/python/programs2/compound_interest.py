def future_value(pv, rate, years, n=1, contrib=0.0):
    balance = pv
    for _ in range(years * n):
        balance = balance * (1 + rate / n) + contrib
    return balance

print(f"{'years':>5} " + " ".join(f"{r:>9.0%}" for r in (0.02, 0.05, 0.08)))
for years in (1, 5, 10, 20, 30):
    print(f"{years:>5} " + " ".join(f"{future_value(1000, r, years):>9.2f}" for r in (0.02, 0.05, 0.08)))

print()
for label, n in (("annually", 1), ("quarterly", 4), ("monthly", 12), ("daily", 365)):
    print(f"{label:<10} {future_value(1000, 0.06, 10, n):10.4f}")

def years_to_double(rate):
    years, v = 0, 1.0
    while v < 2:
        v *= 1 + rate
        years += 1
    return years
print([(f"{r:.0%}", years_to_double(r), round(72 / (r * 100), 1)) for r in (0.03, 0.06, 0.09, 0.12)])
saver = future_value(0, 0.07, 30, 12, 200)
print(f"saving 200/month for 30y at 7%: {saver:,.2f} (contributed {200 * 360:,})")
