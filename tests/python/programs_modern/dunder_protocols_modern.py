from __future__ import annotations
from dataclasses import dataclass
from functools import total_ordering
from typing import Iterator, overload, SupportsIndex
import operator

@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"
    def __post_init__(self):
        if not isinstance(self.cents, int):
            raise TypeError(f"cents must be int, not {type(self.cents).__name__}")
    @classmethod
    def parse(cls, text: str) -> Money:
        amount, _, cur = text.partition(" ")
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int((frac + "00")[:2])), cur or "EUR")
    def _check(self, other: Money) -> None:
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.cents + other.cents, self.currency)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.cents - other.cents, self.currency)
    def __mul__(self, k: int) -> Money:
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k, self.currency)
    __rmul__ = __mul__
    def __neg__(self) -> Money:
        return Money(-self.cents, self.currency)
    def __abs__(self) -> Money:
        return Money(abs(self.cents), self.currency)
    def __bool__(self) -> bool:
        return self.cents != 0
    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.cents < other.cents
    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"
    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
    def split(self, n: int) -> list[Money]:
        q, r = divmod(self.cents, n)
        return [Money(q + (1 if i < r else 0), self.currency) for i in range(n)]

prices = [Money.parse(s) for s in ["3.50", "10", "0.99", "-2.5", "7.05 EUR"]]
print([str(p) for p in prices])
print(sum(prices), sum(prices, Money(0)), max(prices), min(prices), sorted(prices)[1])
print(prices[0] * 3, 2 * prices[2], -prices[0], abs(prices[3]), bool(Money(0)), bool(prices[0]))
print(f"[{prices[1]:>15}] [{prices[1]:<15}] [{prices[1]:^15}]")
print(Money(1000).split(3), [str(m) for m in Money(100).split(6)])
for bad in [lambda: prices[0] + Money(1, "USD"), lambda: prices[0] + 1, lambda: prices[0] * 1.5,
            lambda: Money(1.5), lambda: prices[0] < Money(1, "GBP"), lambda: Money(1) <= Money(2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Ring:
    def __init__(self, *items):
        self._items = list(items)
    def __len__(self): return len(self._items)
    @overload
    def __getitem__(self, i: SupportsIndex) -> object: ...
    @overload
    def __getitem__(self, i: slice) -> list: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self) * 2))]
        return self._items[operator.index(i) % len(self._items)]
    def __iter__(self) -> Iterator:
        return iter(self._items)
    def __contains__(self, x): return x in self._items
    def __reversed__(self): return Ring(*reversed(self._items))
    def __repr__(self): return f"Ring{tuple(self._items)}"
r = Ring("a", "b", "c")
print(r[0], r[4], r[-1], r[True], r[1:6], r[::2], list(reversed(r)), "b" in r, len(r))
try:
    r["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(operator.length_hint(r), operator.length_hint(iter([1, 2])), operator.index(7))
