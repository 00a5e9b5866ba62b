from dataclasses import dataclass, field, replace, astuple, FrozenInstanceError
from math import hypot
from functools import total_ordering

@dataclass(frozen=True, order=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self, other: "Point") -> float:
        return hypot(self.x - other.x, self.y - other.y)
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

@dataclass
class Route:
    name: str
    stops: list = field(default_factory=list)
    visited: set = field(default_factory=set, repr=False, compare=False)
    def length(self):
        return sum(a.dist(b) for a, b in zip(self.stops, self.stops[1:]))

pts = [Point(0, 0), Point(3, 4), Point(3, 0), Point(-1.5, 2), Point(3, 4)]
print(sorted(set(pts)), len(set(pts)), max(pts), min(pts, key=lambda p: p.dist(Point(1, 1))))
r = Route("loop", pts + [pts[0]])
print(r, f"{r.length():.4f}")
print(Point(1, 2) + Point(0.5), astuple(Point(1, 2)), replace(Point(1, 2), y=-1), Point(1) == Point(1.0, 0))
try:
    pts[0].x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del pts[0].y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print({Point(0, 0): "origin"}[Point(0.0, 0.0)], hash(Point(1, 2)) == hash(Point(1, 2)))
print(Route("a") == Route("a", [], {1}), Route("a") == Route("b"))
print(Point(1, 2) < Point(1, 3), Point(2, 0) > Point(1, 9), sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
try:
    Point(1, 2) < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
Point(1, 2, 3)
