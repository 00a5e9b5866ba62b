from decimal import Decimal, ROUND_HALF_UP
from datetime import date
items = [
    ("SKU-001", "Widget, large", 3, Decimal("19.99")),
    ("SKU-042", "Gizmo (blue)", 12, Decimal("2.50")),
    ("SKU-100", "Thingamajig deluxe edition with extras", 1, Decimal("1249.00")),
    ("SKU-007", "Spare part", 250, Decimal("0.07")),
]
TAX = Decimal("0.0825")
def money(d):
    return f"${d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
width = 72
print("=" * width)
print(f"{'INVOICE #2024-0042':^{width}}")
print(f"{'Issued ' + date(2024, 3, 9).strftime('%B %d, %Y'):^{width}}")
print("=" * width)
hdr = f"{'Code':<9}{'Description':<30}{'Qty':>6}{'Unit':>12}{'Total':>15}"
print(hdr)
print("-" * len(hdr))
subtotal = Decimal(0)
for code, desc, qty, unit in items:
    line = qty * unit
    subtotal += line
    d = desc if len(desc) <= 28 else desc[:25] + "..."
    print(f"{code:<9}{d:<30}{qty:>6,}{money(unit):>12}{money(line):>15}")
print("-" * len(hdr))
tax = (subtotal * TAX).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
for label, amount in [("Subtotal", subtotal), (f"Tax ({TAX:.2%})", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>57}{money(amount):>15}")
print(f"{'':>57}{'=' * 15}")
print(f"Amount in words: {str(int(subtotal + tax)).rjust(8, '*')} dollars")
print(format(Decimal("1234567.891"), ",.2f"), format(Decimal("-0.5"), "+.0f"), format(Decimal("1e-7"), "f"), format(Decimal("12.5"), "08.3f"))
print(format(Decimal("1234.5"), "e"), format(Decimal("0.000123"), ".2e"), format(Decimal("123.456"), ".2g"), format(Decimal("0.25"), "%"))
print(f"{Decimal('3.14159'):>10.3}|{Decimal('2.5'):<8}|{Decimal('NaN')}|{Decimal('-Infinity'):>10}|{Decimal('1.10')}")
print(str(Decimal("1.500")), repr(Decimal("0.1") + Decimal("0.2")), Decimal("10") / Decimal("4"), Decimal(1) / Decimal(3))
