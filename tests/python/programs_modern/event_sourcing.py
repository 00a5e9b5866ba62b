from __future__ import annotations
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import ClassVar
from collections import defaultdict

T0 = datetime(2024, 1, 1, 9, 0)

@dataclass(frozen=True, kw_only=True)
class Event:
    kind: ClassVar[str] = "event"
    cart: str
    at: datetime

@dataclass(frozen=True, kw_only=True)
class ItemAdded(Event):
    kind: ClassVar[str] = "added"
    sku: str
    qty: int = 1
    price: int

@dataclass(frozen=True, kw_only=True)
class ItemRemoved(Event):
    kind: ClassVar[str] = "removed"
    sku: str

@dataclass(frozen=True, kw_only=True)
class CheckedOut(Event):
    kind: ClassVar[str] = "checkout"

class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"

@dataclass
class Cart:
    id: str
    items: dict[str, tuple[int, int]] = field(default_factory=dict)
    status: Status = Status.OPEN
    version: int = 0
    def apply(self, ev: Event) -> Cart:
        match ev:
            case ItemAdded(sku=sku, qty=q, price=p) if self.status is Status.OPEN:
                old_q, _ = self.items.get(sku, (0, p))
                self.items[sku] = (old_q + q, p)
            case ItemRemoved(sku=sku) if sku in self.items:
                del self.items[sku]
            case ItemRemoved(sku=sku):
                raise KeyError(f"{sku} not in cart {self.id}")
            case CheckedOut():
                self.status = Status.CLOSED
            case _:
                raise ValueError(f"cannot apply {ev.kind} to {self.status.value} cart")
        self.version += 1
        return self
    @property
    def total(self) -> int:
        return sum(q * p for q, p in self.items.values())

events: list[Event] = [
    ItemAdded(cart="c1", at=T0, sku="apple", qty=3, price=50),
    ItemAdded(cart="c2", at=T0 + timedelta(minutes=1), sku="pear", price=80),
    ItemAdded(cart="c1", at=T0 + timedelta(minutes=2), sku="apple", qty=2, price=50),
    ItemAdded(cart="c1", at=T0 + timedelta(minutes=3), sku="milk", price=120),
    ItemRemoved(cart="c2", at=T0 + timedelta(minutes=4), sku="pear"),
    ItemRemoved(cart="c2", at=T0 + timedelta(minutes=5), sku="ghost"),
    CheckedOut(cart="c1", at=T0 + timedelta(minutes=6)),
    ItemAdded(cart="c1", at=T0 + timedelta(minutes=7), sku="gum", price=10),
]
carts: dict[str, Cart] = {}
by_kind = defaultdict(int)
for ev in events:
    cart = carts.setdefault(ev.cart, Cart(ev.cart))
    try:
        cart.apply(ev)
        by_kind[ev.kind] += 1
    except (KeyError, ValueError) as e:
        print(f"{ev.at:%H:%M} rejected {type(ev).__name__}: {type(e).__name__}: {e}")
for c in carts.values():
    print(c, f"total={c.total / 100:.2f}")
print(dict(by_kind))
print(events[0])
print(replace(events[0], qty=10).qty, events[0].qty)
try:
    ItemAdded("c1", T0, "x", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ItemAdded(cart="c", at=T0, sku="s")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(events, key=lambda e: (e.kind, e.at))[0].kind, [type(e).__name__ for e in events if isinstance(e, ItemAdded)])
print(ItemAdded.__match_args__, Event.__match_args__)
print(ItemAdded.__mro__[1].__name__, ItemAdded.kind, Event.kind)
