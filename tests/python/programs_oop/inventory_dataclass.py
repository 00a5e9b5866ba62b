from dataclasses import dataclass, field
from collections import defaultdict
from typing import List, Dict
from enum import Enum

class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"

@dataclass(order=True)
class Product:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)

@dataclass
class Inventory:
    products: Dict[str, Product] = field(default_factory=dict)

    def add(self, p: Product):
        if p.name in self.products:
            raise KeyError(f"duplicate product {p.name!r}")
        self.products[p.name] = p

    def by_category(self):
        groups = defaultdict(list)
        for p in self.products.values():
            groups[p.category].append(p.name)
        return dict(groups)

    def restock(self, name, n):
        try:
            self.products[name].qty += n
        except KeyError:
            print(f"no such product: {name}")

inv = Inventory()
for args in [("hammer", 12.5, 4), ("apple", 0.4, 100, Category.FOOD, ["fresh"]),
             ("yoyo", 3.25, 10, Category.TOY), ("saw", 20.0, 1), ("bread", 2.1, 0, Category.FOOD)]:
    inv.add(Product(*args))
try:
    inv.add(Product("saw", 1, 1))
except KeyError as e:
    print(type(e).__name__, e)
inv.restock("bread", 12)
inv.restock("drill", 1)
for p in sorted(inv.products.values()):
    print(f"{p.name:<8}{p.price:>7.2f}{p.qty:>5}{p.value:>9.2f}  {p.category.value}")
print(inv.by_category())
print(max(inv.products.values()))
print(Product("a", 1, 2) == Product("a", 1, 2, tags=["x"]), Product("a", 1, 2) < Product("b", 1, 3))
totals = {c.name: sum(p.value for p in inv.products.values() if p.category is c) for c in Category}
print(totals)
print(repr(inv)[:60])
