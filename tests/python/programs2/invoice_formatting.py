COMPANY = {"name": "Weft Supplies Ltd", "vat": "GB123456789", "address": ["1 Loom Lane", "Threadville"]}
CUSTOMER = {"name": "Ada Consulting", "address": ["42 Engine St", "Analytica", "AB1 2CD"]}
LINES = [
    ("Consulting hours", 12.5, 85.0, 0.20),
    ("Travel (mileage)", 140, 0.45, 0.0),
    ("Software licence", 1, 1200.0, 0.20),
    ("Training manual", 3, 24.99, 0.05),
]
DISCOUNT = 0.05

def money(x):
    return "{:,.2f}".format(x)

width = 64
print(COMPANY["name"].upper().center(width))
print(" / ".join(COMPANY["address"]).center(width))
print(("VAT no. %s" % COMPANY["vat"]).center(width))
print("=" * width)
print("Bill to:")
for line in [CUSTOMER["name"]] + CUSTOMER["address"]:
    print("    " + line)
print("-" * width)
print("%-22s %8s %10s %6s %12s" % ("Description", "Qty", "Unit", "VAT", "Amount"))
print("-" * width)
net = 0.0
vat_by_rate = {}
for desc, qty, unit, rate in LINES:
    amount = qty * unit
    net += amount
    vat_by_rate[rate] = vat_by_rate.get(rate, 0.0) + amount * (1 - DISCOUNT) * rate
    qty_s = ("%g" % qty) if isinstance(qty, float) else str(qty)
    print("%-22s %8s %10s %5.0f%% %12s" % (desc[:22], qty_s, money(unit), rate * 100, money(amount)))
print("-" * width)
discount = net * DISCOUNT
print("%50s %12s" % ("Net:", money(net)))
print("%50s %12s" % ("Discount (%d%%):" % (DISCOUNT * 100), "-" + money(discount)))
for rate in sorted(vat_by_rate):
    if rate:
        print("%50s %12s" % ("VAT @ {:.0%}:".format(rate), money(vat_by_rate[rate])))
total = net - discount + sum(vat_by_rate.values())
print("%50s %12s" % ("TOTAL DUE:", money(total)))
print("=" * width)
print(f"{'Payment due within 30 days':^{width}}")
