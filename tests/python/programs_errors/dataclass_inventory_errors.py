# Dataclasses: frozen records, ordering, defaults and the errors each misuse gives.
from dataclasses import dataclass, field, FrozenInstanceError, asdict, replace, fields
import dataclasses

@dataclass(frozen=True, order=True)
class Item:
    sku: str
    price: float
    tags: tuple = ()

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    def total(self):
        return sum(i.price for i in self.items)

a = Item("A1", 2.5)
b = Item("B2", 1.25, ("sale",))
cart = Cart("zoe", [a, b])
print(a, b, cart.total())
print(sorted([b, a]), a < b, asdict(cart))

try:
    a.price = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del a.sku
except FrozenInstanceError as e:
    print(type(e).__name__, e)
for args, kwargs in [((), {}), (("C3",), {}), (("C3", 1, (), 4), {}), (("C3", 1), {"colour": "red"}),
                     (("C3",), {"sku": "D4", "price": 1})]:
    try:
        print(Item(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(a < cart)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(a, colour="blue")
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Item)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)

definitions = {
    "non-default after default": "@dataclass\nclass P:\n    x: int = 0\n    y: int\n",
    "mutable default": "@dataclass\nclass P:\n    xs: list = []\n",
    "both defaults": "@dataclass\nclass P:\n    x: int = field(default=1, default_factory=int)\n",
    "order with __lt__": "@dataclass(order=True)\nclass P:\n    x: int\n    def __lt__(self, o):\n        return True\n",
    "frozen from non-frozen": "@dataclass\nclass Base:\n    x: int\n@dataclass(frozen=True)\nclass P(Base):\n    y: int\n",
    "non-frozen from frozen": "@dataclass(frozen=True)\nclass Base:\n    x: int\n@dataclass\nclass P(Base):\n    y: int\n",
    "dict default": "@dataclass\nclass P:\n    d: dict = {}\n",
    "set default": "@dataclass\nclass P:\n    s: set = set()\n",
}
for name, src in definitions.items():
    try:
        exec(src, {"dataclass": dataclass, "field": field})
        print(name, "-> ok")
    except (TypeError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
print(hash(a) == hash(Item("A1", 2.5)))
try:
    hash(cart)
except TypeError as e:
    print(type(e).__name__, e)
print(dataclasses.is_dataclass(cart), dataclasses.is_dataclass(3))
Item("Z9")
