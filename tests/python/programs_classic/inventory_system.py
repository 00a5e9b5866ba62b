from dataclasses import dataclass, field
from typing import Dict, List


class OutOfStock(Exception):
    pass


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}")
        self.name = self.name.strip().title()

    @property
    def value(self):
        return round(self.price * self.qty, 2)


class Inventory:
    def __init__(self):
        self._items: Dict[str, Item] = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
            self.log.append(f"restock {item.sku} +{item.qty}")
        else:
            self._items[item.sku] = item
            self.log.append(f"new {item.sku}")

    def remove(self, sku, qty):
        try:
            item = self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None
        if item.qty < qty:
            raise OutOfStock(f"{item.name}: wanted {qty}, have {item.qty}")
        item.qty -= qty
        self.log.append(f"sell {sku} -{qty}")
        return item.price * qty

    def __getitem__(self, sku):
        return self._items[sku]

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def __len__(self):
        return len(self._items)

    def total_value(self):
        return sum(i.value for i in self)

    def low_stock(self, threshold=5):
        return [i.sku for i in self if i.qty < threshold]

    def report(self):
        print(f"{'SKU':<6}{'Name':<18}{'Price':>9}{'Qty':>6}{'Value':>11}")
        print("-" * 50)
        for i in self:
            print(f"{i.sku:<6}{i.name:<18}{i.price:>9.2f}{i.qty:>6d}{i.value:>11,.2f}")
        print("-" * 50)
        print(f"{'TOTAL':<39}{self.total_value():>11,.2f}")


inv = Inventory()
inv.add(Item("A100", "  widget ", 2.5, 100, ["small"]))
inv.add(Item("B200", "gadget pro", 19.99, 12))
inv.add(Item("C300", "doohickey", 1234.5, 2, ["big", "rare"]))
inv.add(Item("A100", "widget", 2.5, 20))
inv.report()
print(inv["B200"], len(inv), "A100" in inv, "Z9" in inv)
revenue = 0
orders = [("A100", 30), ("C300", 3), ("B200", 12), ("Q1", 1), ("C300", 2)]
for sku, qty in orders:
    try:
        revenue += inv.remove(sku, qty)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("error:", e)
print(f"revenue: {revenue:,.2f}")
print("low stock:", inv.low_stock())
inv.report()
print(inv.log)
try:
    Item("X", "bad", -1)
except ValueError as e:
    print(type(e).__name__, e)
print(Item("Z", "z", 1.0) == Item("Z", "Z", 1.0), Item("Z", "z", 1.0).tags is not Item("Z", "z", 1.0).tags)
