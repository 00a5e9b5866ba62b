CATALOG = {
    "4011": ("Bananas", 0.59, "lb"),
    "3283": ("Apples", 1.99, "lb"),
    "0101": ("Milk 1gal", 3.49, "ea"),
    "0202": ("Bread", 2.99, "ea"),
    "0303": ("Eggs dozen", 4.25, "ea"),
    "0404": ("Coffee", 8.99, "ea"),
}
TAXABLE = {"0404"}
PROMOS = {"0202": ("2 for", 2, 5.00), "0303": ("percent", 0.10)}

scans = [("4011", 2.35), ("0202", 1), ("0101", 1), ("0202", 1), ("0303", 1), ("3283", 1.2),
         ("0404", 2), ("9999", 1), ("0202", 1)]

lines = {}
for code, qty in scans:
    if code not in CATALOG:
        print(f"unknown item {code} ignored")
        continue
    lines[code] = lines.get(code, 0) + qty

subtotal = savings = tax = 0.0
print(f"{'item':<14}{'qty':>6}{'price':>8}{'amount':>9}")
for code, qty in lines.items():
    name, price, unit = CATALOG[code]
    amount = round(qty * price, 2)
    qty_text = f"{qty:.2f}" if unit == "lb" else str(int(qty))
    print(f"{name:<14}{qty_text:>6}{price:>8.2f}{amount:>9.2f}")
    promo = PROMOS.get(code)
    discount = 0.0
    if promo and promo[0] == "2 for":
        pairs = int(qty) // promo[1]
        discount = round(pairs * (promo[1] * price - promo[2]), 2)
    elif promo and promo[0] == "percent":
        discount = round(amount * promo[1], 2)
    if discount:
        print(f"{'  promo':<28}{-discount:>9.2f}")
    subtotal += amount - discount
    savings += discount
    if code in TAXABLE:
        tax += (amount - discount) * 0.07
print("-" * 37)
print(f"{'subtotal':<28}{subtotal:>9.2f}")
print(f"{'tax':<28}{tax:>9.2f}")
print(f"{'TOTAL':<28}{subtotal + tax:>9.2f}")
print(f"you saved {savings:.2f}")
