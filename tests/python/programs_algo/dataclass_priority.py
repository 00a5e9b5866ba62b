from dataclasses import dataclass, field, astuple, asdict, replace, fields
import heapq
from typing import Any

@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)
pq = []
for p, it in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(pq, PrioritizedItem(p, it))
while pq:
    print(heapq.heappop(pq))
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5
pts = [Point(3, 4), Point(0), Point(-1, 1)]
print(pts, sorted(pts, key=lambda p: p.dist(Point(0, 0))))
print(astuple(pts[0]), asdict(pts[2]), replace(pts[0], y=10))
print(hash(Point(1, 2)) == hash(Point(1, 2)), Point(1, 2) == Point(1.0, 2.0), {Point(1, 2), Point(1, 2)})
try:
    pts[0].x = 9
except Exception as ex:
    print(type(ex).__name__, ex)
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def add(self, thing):
        self.items.append(thing)
        self.count += 1
inv = Inventory("bag")
inv.add("rope")
inv.add("lamp")
print(inv, inv.count, [f.name for f in fields(inv)])
print(Inventory("a") == Inventory("a"), Inventory("a") == Inventory("b"))
try:
    Inventory()
except TypeError as ex:
    print(type(ex).__name__, ex)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))
vs = sorted(map(Version.parse, ["1.2.3", "1.10", "1.2", "0.9.9"]))
print(vs, max(vs), Version(1) < Version(1, 0, 1))
try:
    Version(1) < (1, 0, 0)
except TypeError as ex:
    print(type(ex).__name__, ex)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    def total(self):
        return self.val + sum(c.total() for c in self.children)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total(), tree)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as ex:
    print(type(ex).__name__, ex)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(5), WithPost.__dataclass_fields__["b"].init)
