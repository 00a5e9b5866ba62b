from datetime import datetime
WIDTH = 40
items = [("Organic bananas", 1.29, 3, "kg"), ("Sourdough loaf", 4.5, 1, "ea"), ("Café latte", 3.75, 2, "ea"), ("Extra-long product name that wraps", 12.0, 1, "ea"), ("Discount", -2.0, 1, "")]
def row(left, right, fill=" "):
    space = WIDTH - len(left) - len(right)
    if space < 1:
        left = left[:WIDTH - len(right) - 2] + "…"
        space = 1
    return left + fill * space + right
print("*" * WIDTH)
print("CORNER SHOP".center(WIDTH))
print("12 High St · Springfield".center(WIDTH))
print(datetime(2024, 7, 4, 9, 5, 30).strftime("%a %d %b %Y %H:%M").center(WIDTH))
print("-" * WIDTH)
total = 0
for name, price, qty, unit in items:
    line_total = price * qty
    total += line_total
    print(row(name, f"{line_total:8.2f}"))
    if qty != 1 or unit == "kg":
        print(f"   {qty} {unit} @ {price:.2f}")
print("-" * WIDTH)
tax = round(total * 0.07, 2)
for label, amt in [("SUBTOTAL", total), ("TAX 7%", tax), ("TOTAL", total + tax)]:
    print(row(label, f"{amt:,.2f}", "."))
paid = 50
print(row("CASH", f"{paid:.2f}"), row("CHANGE", f"{paid - total - tax:.2f}"), sep="\n")
print("=" * WIDTH)
print(f"{'Items:':<10}{len(items):>3}{'Qty:':>10}{sum(q for *_, q, _ in items):>4}")
print("Thank you!".center(WIDTH, "~"))
print(f"{'#' * 3:^{WIDTH}}")
barcode = "".join("|" if int(d) % 2 else "‖" for d in f"{int(total * 100):012d}")
print(barcode.center(WIDTH))
