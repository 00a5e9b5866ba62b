from collections import namedtuple
from typing import NamedTuple, Optional

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict())
print(p._replace(x=10))
print(Point._make([3, 4]))
print(Point._field_defaults)
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
print(Emp("ann", "eng"), Emp._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "class def")
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "a a b _c", rename=True)
print(R._fields)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

class Stock(NamedTuple):
    symbol: str
    shares: int = 0
    price: float = 0.0
    note: Optional[str] = None
    def cost(self):
        return self.shares * self.price

s = Stock("GOOG", 100, 490.1)
print(s, s.cost())
print(Stock.__annotations__)
print(Stock._fields, Stock._field_defaults)
print(s._asdict())
print(type(s).__mro__[1].__name__)
print(repr(Stock("X")))
portfolio = [Stock("A", 50, 91.1), Stock("B", 100, 23.5), Stock("C", 20, 300.0)]
for st in sorted(portfolio, key=lambda t: t.cost(), reverse=True):
    print(f"{st.symbol:>6} {st.shares:>5d} {st.price:>8.2f} {st.cost():>10,.2f}")
print(Point.__doc__)
print(Point.x.__doc__ if hasattr(Point.x, "__doc__") else None)
class P3(Point):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(P3(3, 4).norm, P3(3, 4))
Stock("A", 1, 2, 3, 4)
