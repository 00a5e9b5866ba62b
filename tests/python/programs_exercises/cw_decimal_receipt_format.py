# Kata: print a receipt with Decimal amounts; a table of format specs checks what Decimal accepts
from decimal import Decimal, ROUND_HALF_UP

ITEMS = [("Coffee", "3.50", 2), ("Bagel", "2.25", 3), ("Juice", "4.10", 1), ("Tip (15%)", None, 1)]
subtotal = sum(Decimal(p) * q for _, p, q in ITEMS if p)
tip = (subtotal * Decimal("0.15")).quantize(Decimal("0.01"), ROUND_HALF_UP)
print(f"{'item':<12}{'qty':>4}{'amount':>10}")
for name, price, qty in ITEMS:
    amount = Decimal(price) * qty if price else tip
    print(f"{name:<12}{qty:>4}{amount:>10.2f}")
total = subtotal + tip
print(f"{'total':<16}{total:>10,.2f}")
print(f"{total:.0}", f"{total:.1}", f"{total:10.0}|", f"{total:.3}", f"{total:e}", f"{total:.0f}", f"{total:%}")

SPECS = ["", ".0", ".1", ".0n", ".2n", "n", ",n", ",.2f", "_", "#", "#.2f", ">#8", "010", "00,", "0,", "z", "z.1f",
         "+.3e", "^12.4", "*>10.1%", "=+10.2f", "0<10.0", "G", ".0E"]
VALUES = [Decimal("1234.5678"), Decimal("-0.004"), Decimal("1E+5"), Decimal("0.5"), Decimal("-Infinity")]
for spec in SPECS:
    cells = []
    for v in VALUES:
        try:
            cells.append(repr(format(v, spec)))
        except ValueError as e:
            cells.append(f"ValueError({e})")
    print(f"{spec!r:>9}: " + " | ".join(cells))
