from __future__ import annotations
from dataclasses import dataclass, field, astuple
import math
from functools import cached_property, total_ordering
from typing import Iterator

@dataclass(frozen=True, slots=True)
class Vec:
    x: float
    y: float
    def __add__(self, o: Vec) -> Vec:
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o: Vec) -> Vec:
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)
    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y
    def dot(self, o: Vec) -> float:
        return self.x * o.x + self.y * o.y
    def cross(self, o: Vec) -> float:
        return self.x * o.y - self.y * o.x

@dataclass
class Polygon:
    points: list[Vec] = field(default_factory=list)
    name: str = "poly"
    def __post_init__(self):
        if len(self.points) < 3:
            raise ValueError(f"a polygon needs 3 points, got {len(self.points)}")
    @cached_property
    def area(self) -> float:
        pts = self.points
        s = sum(pts[i].cross(pts[(i + 1) % len(pts)]) for i in range(len(pts)))
        return abs(s) / 2
    @property
    def perimeter(self) -> float:
        pts = self.points
        return sum(abs(pts[i] - pts[(i + 1) % len(pts)]) for i in range(len(pts)))
    def centroid(self) -> Vec:
        n = len(self.points)
        total = Vec(0, 0)
        for p in self.points:
            total = total + p
        return total * (1 / n)

sq = Polygon([Vec(0, 0), Vec(2, 0), Vec(2, 2), Vec(0, 2)], "square")
tri = Polygon([Vec(0, 0), Vec(4, 0), Vec(0, 3)], "triangle")
for poly in (sq, tri):
    c = poly.centroid()
    print(f"{poly.name:<9} area={poly.area:6.2f} perimeter={poly.perimeter:6.2f} centroid=({c.x:.3f}, {c.y:.3f})")
print(sq.points[1], 2 * Vec(1, 2), Vec(3, 4) * 0.5, abs(Vec(3, 4)), list(Vec(5, 6)), tuple(Vec(1, 1)))
print(Vec(1, 0).dot(Vec(0, 1)), Vec(1, 0).cross(Vec(0, 1)), astuple(Vec(7, 8)))
print(hash(Vec(1, 2)) == hash(Vec(1, 2)), {Vec(1, 2), Vec(1, 2), Vec(2, 1)} == {Vec(2, 1), Vec(1, 2)})
print(Vec.__slots__, hasattr(Vec(0, 0), "__dict__"))
try:
    Vec(1, 2).x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Polygon([Vec(0, 0)])
except ValueError as e:
    print(type(e).__name__, e)
print(repr(tri)[:60])
x, y = Vec(9, 10)
print(x, y)
@total_ordering
@dataclass(eq=True)
class ByArea:
    poly: Polygon
    def __lt__(self, o):
        return self.poly.area < o.poly.area
print(sorted([ByArea(sq), ByArea(tri)])[0].poly.name, ByArea(sq) > ByArea(tri))
print(sq == Polygon([Vec(0, 0), Vec(2, 0), Vec(2, 2), Vec(0, 2)], "square"))
print(vars(sq).keys())
