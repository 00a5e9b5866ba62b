from decimal import Decimal
from collections import namedtuple
import json

Product = namedtuple("Product", "sku name price stock")
catalog_json = """[
  {"sku": "A-100", "name": "Desk lamp", "price": "24.99", "stock": 12},
  {"sku": "B-220", "name": "Office chair", "price": "149.00", "stock": 3},
  {"sku": "C-310", "name": "USB cable", "price": "4.50", "stock": 250},
  {"sku": "D-404", "name": "Monitor arm", "price": "89.95", "stock": 0}
]"""
items = [Product(d["sku"], d["name"], Decimal(d["price"]), d["stock"]) for d in json.loads(catalog_json)]
width = max(len(p.name) for p in items)
print(f"{'SKU':<6} {'Name':<{width}} {'Price':>8} {'Stock':>6} {'Value':>10}")
total = Decimal(0)
for p in items:
    value = p.price * p.stock
    total += value
    flag = " (out)" if p.stock == 0 else " (low)" if p.stock < 5 else ""
    print(f"{p.sku:<6} {p.name:<{width}} {p.price:>8} {p.stock:>6d} {value:>10,.2f}{flag}")
print(f"{'':<6} {'TOTAL':<{width}} {'':>8} {sum(p.stock for p in items):>6d} {total:>10,.2f}")
print(json.dumps([p._asdict() for p in items[:2]], default=str, indent=1))
restock = {p.sku: max(0, 10 - p.stock) for p in items}
print(restock, sum(restock.values()))
cheap = [p.name for p in items if p.price < 50]
print(cheap, min(items, key=lambda p: p.price).sku, sorted(items, key=lambda p: p.price * p.stock)[-1].name)
print(f"{total / len(items):.3f}", total.quantize(Decimal("1")), f"{total:e}", f"{total:.1e}", f"{Decimal('0.00'):.2f}", f"{Decimal('-0'):+}")
print(f"{Decimal('1234.5'):_>12,.1f}", f"{Decimal('7'):03}", f"{Decimal('1.23456789'):.3g}", f"{Decimal('123456'):g}", f"{Decimal('0.1'):.0%}")
lookup = {p.sku: p for p in items}
for sku in ["C-310", "Z-999"]:
    try:
        print(lookup[sku].name)
    except KeyError as e:
        print(type(e).__name__, e)
print(lookup["Z-999"].name)
