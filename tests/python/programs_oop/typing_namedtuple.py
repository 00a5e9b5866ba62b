from typing import NamedTuple, Optional, List
from collections import namedtuple

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, 4)
print(p, repr(p), p.dist(), p._fields, p._field_defaults)
print(p._asdict(), p._replace(y=10), Point._make([1, 2, "z"]))
print(p[0], p[-1], len(p), list(p), p == (3, 4, None), isinstance(p, tuple))
x, y, lab = p
print(x, y, lab, Point.__annotations__)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=2)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.x, type(Point.x), Point.x.__doc__)
print(Point.__doc__)

Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
e = Emp("ann", "eng")
print(e, Emp._field_defaults, Emp.__name__, e._replace(salary=5))
R = namedtuple("R", "a b c", rename=True)
print(R._fields)
R2 = namedtuple("R2", ["ok", "def", "ok", "_x"], rename=True)
print(R2._fields)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["_a"])
except ValueError as e:
    print(type(e).__name__, e)
class P3(namedtuple("P3", "x y z")):
    __slots__ = ()
    @property
    def total(self):
        return self.x + self.y + self.z
print(P3(1, 2, 3).total, P3(1, 2, 3))
Emp2 = NamedTuple("Emp2", [("name", str), ("id", int)])
print(Emp2("a", 1), Emp2.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(dict(zip(Point._fields, p)), hash(p) == hash((3, 4, None)))
