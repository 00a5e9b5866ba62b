UNITS = {"g": 1, "kg": 1000, "oz": 28.3495, "lb": 453.592, "ml": 1, "l": 1000, "floz": 29.5735}
KIND = {"g": "mass", "kg": "mass", "oz": "mass", "lb": "mass", "ml": "volume", "l": "volume", "floz": "volume"}

offers = [
    ("cereal", "BigBox", "750 g", 4.29),
    ("cereal", "Value", "1.2 kg", 5.99),
    ("cereal", "Imported", "16 oz", 3.49),
    ("juice", "Fresh", "1.5 l", 3.99),
    ("juice", "Kids pack", "6 x 200 ml", 4.50),
    ("juice", "US size", "64 floz", 5.25),
    ("coffee", "Beans", "1 lb", 11.99),
    ("coffee", "Ground", "340 g", 8.49),
    ("coffee", "Mystery", "2 cups", 1.00),
]

def parse_size(text):
    count = 1
    if " x " in text:
        c, text = text.split(" x ")
        count = int(c)
    amount, unit = text.split()
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    return count * float(amount) * UNITS[unit], KIND[unit]

best = {}
print(f"{'product':<8}{'brand':<10}{'size':>12}{'price':>7}{'per 100':>10}")
for product, brand, size, price in offers:
    try:
        base, kind = parse_size(size)
    except ValueError as e:
        print(f"{product:<8}{brand:<10}{size:>12}{price:>7.2f}   ({e})")
        continue
    per100 = price / base * 100
    unit = "g" if kind == "mass" else "ml"
    print(f"{product:<8}{brand:<10}{size:>12}{price:>7.2f}{per100:>8.3f}/{unit}")
    if product not in best or per100 < best[product][1]:
        best[product] = (brand, per100)
print()
for product, (brand, p) in best.items():
    print(f"best {product}: {brand} at {p:.3f} per 100")
