rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Doohickey", 1, 125.25)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}")
print("-" * 37)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>10.2f}")
print("-" * 37)
print(f"{'Grand total':<27}{grand:>10.2f}")
print(f"{'centered':^20}|")
print(f"{'fill':*^20}")
print(f"{42:05d} {3.14159:8.3f} {0.25:.1%} {1234567:,}")
width = 8
print(f"{'dyn':>{width}}|{7:<{width}}|")
