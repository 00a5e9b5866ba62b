MENU = {
    "burger": 11.50, "fries": 3.75, "salad": 8.25, "soda": 2.00,
    "coffee": 2.50, "cake": 6.00, "soup": 5.50,
}

orders = {
    "ann": ["burger", "fries", "soda"],
    "bob": ["salad", "coffee", "cake"],
    "cy": ["soup", "soup", "coffee"],
    "dee": ["burger", "cake", "coffee", "unicorn"],
}
shared = ["fries", "cake"]
TAX = 0.0825
TIP = 0.18

def line_total(items):
    total = 0.0
    missing = []
    for item in items:
        if item in MENU:
            total += MENU[item]
        else:
            missing.append(item)
    return total, missing

shared_total, _ = line_total(shared)
per_head_shared = shared_total / len(orders)
print(f"shared items ${shared_total:.2f}, per person ${per_head_shared:.2f}")
print(f"{'name':<6}{'food':>8}{'shared':>8}{'tax':>7}{'tip':>7}{'total':>9}")
grand = 0.0
for name, items in orders.items():
    food, missing = line_total(items)
    base = food + per_head_shared
    tax = base * TAX
    tip = base * TIP
    total = base + tax + tip
    grand += total
    print(f"{name:<6}{food:>8.2f}{per_head_shared:>8.2f}{tax:>7.2f}{tip:>7.2f}{total:>9.2f}")
    if missing:
        print(f"  (not on menu: {', '.join(missing)})")
print(f"{'':<6}{'':>37}{grand:>9.2f}")
counts = {}
for items in orders.values():
    for it in items:
        if it in MENU:
            counts[it] = counts.get(it, 0) + 1
popular = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("popular:", ", ".join(f"{k} x{v}" for k, v in popular[:3]))
rounded = round(grand / len(orders), 2)
print(f"even split would be ${rounded} each")
