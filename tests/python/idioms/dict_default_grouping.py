transactions = [
    ("2024-01-03", "food", 12.5), ("2024-01-03", "travel", 40.0),
    ("2024-01-04", "food", 7.25), ("2024-02-01", "rent", 900.0),
    ("2024-02-02", "food", 20.0), ("2024-02-14", "gifts", 55.5),
]
by_month = {}
for date, cat, amount in transactions:
    month = date[:7]
    by_month.setdefault(month, {}).setdefault(cat, []).append(amount)
for month, cats in by_month.items():
    print(month)
    for cat, amounts in sorted(cats.items()):
        print(f"  {cat:<7} {len(amounts)} x -> {sum(amounts):8.2f}")
totals = {}
for _, cat, amount in transactions:
    totals[cat] = totals.get(cat, 0.0) + amount
print(max(totals.items(), key=lambda kv: kv[1]))
print(round(sum(totals.values()), 2))
