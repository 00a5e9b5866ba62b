from dataclasses import dataclass, field, asdict
from typing import Optional
from collections import defaultdict
from enum import Enum, auto
import json

class Category(Enum):
    FRUIT = auto()
    DAIRY = auto()
    BAKERY = auto()

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: Category
    price_cents: int
    qty: int = 0
    tags: list[str] = field(default_factory=list)
    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.name!r}: {self.price_cents}")
        self.sort_key = (self.category.value, self.name)
    @property
    def total(self) -> int:
        return self.price_cents * self.qty

@dataclass
class Store:
    name: str
    items: dict[str, Item] = field(default_factory=dict)
    def add(self, item: Item) -> None:
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
    def by_category(self) -> dict[Category, list[Item]]:
        out = defaultdict(list)
        for it in sorted(self.items.values()):
            out[it.category].append(it)
        return dict(out)
    def find(self, name: str) -> Optional[Item]:
        return self.items.get(name)

store = Store("corner")
for args in [("apple", Category.FRUIT, 50, 10, ["red"]), ("milk", Category.DAIRY, 120, 2),
             ("bread", Category.BAKERY, 300, 1, ["fresh", "wheat"]), ("apple", Category.FRUIT, 50, 5),
             ("banana", Category.FRUIT, 25, 12), ("cheese", Category.DAIRY, 550, 1)]:
    store.add(Item(*args))
for cat, items in store.by_category().items():
    print(f"{cat.name:<7} {cat!r}")
    for it in items:
        print(f"   {it.name:<8}{it.qty:>4} x {it.price_cents / 100:>5.2f} = {it.total / 100:>7.2f}  {it.tags}")
print(store.find("apple"))
print(store.find("pear"))
grand = sum(i.total for i in store.items.values())
print(f"grand total: ${grand / 100:,.2f}")
try:
    Item("bad", Category.FRUIT, -1)
except ValueError as e:
    print(type(e).__name__, e)
def encode(o):
    if isinstance(o, Enum):
        return o.name
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
print(json.dumps(asdict(store.items["milk"]), default=encode, sort_keys=True))
print(json.dumps([asdict(i) for i in sorted(store.items.values())][:2], default=encode, indent=2))
try:
    json.dumps(asdict(store.items["milk"]))
except TypeError as e:
    print(type(e).__name__, e)
print(max(store.items.values()).name, min(store.items.values(), key=lambda i: i.price_cents).name)
print(sorted(store.items.values(), key=lambda i: -i.total)[0])
