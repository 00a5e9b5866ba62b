# Load an inventory from text lines; each bad line is reported with the exact error message.
RAW = """widget,12,3.50
gadget,seven,2.00
doohickey,4
gizmo,3,1.2.3
sprocket,-2,0.75
,5,1.00
thingamajig,10,1e400
whatsit,0x1f,2.50
bolt,  8 ,0.10
nut,1_000,0.01
washer,1__0,0.02"""

class InventoryError(Exception):
    def __init__(self, lineno, reason):
        super().__init__(f"line {lineno}: {reason}")
        self.lineno = lineno
        self.reason = reason

def parse_line(lineno, line):
    name, qty, price = line.split(",")
    if not name:
        raise InventoryError(lineno, "empty name")
    qty = int(qty)
    price = float(price)
    if qty < 0:
        raise InventoryError(lineno, f"negative quantity {qty!r}")
    if price == float("inf"):
        raise OverflowError(f"price too large on line {lineno}")
    return name, qty, price

items = {}
problems = []
for n, line in enumerate(RAW.splitlines(), 1):
    try:
        name, qty, price = parse_line(n, line)
    except ValueError as e:
        problems.append((n, type(e).__name__, str(e)))
    except InventoryError as e:
        problems.append((n, "InventoryError", e.reason))
        print("repr:", repr(e), e.args)
    except OverflowError as e:
        problems.append((n, type(e).__name__, str(e)))
    else:
        items[name] = (qty, price)

print("loaded:")
for name, (qty, price) in sorted(items.items()):
    print(f"  {name:<12}{qty:>6}{price:>8.2f}{qty * price:>10.2f}")
print("problems:")
for n, kind, msg in problems:
    print(f"  {n:>2} {kind}: {msg}")

total = sum(q * p for q, p in items.values())
print(f"total value {total:.2f}")
print(items["gadget"])
