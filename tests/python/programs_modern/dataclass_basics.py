from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import List, Optional

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    owner: Optional[str] = None

p = Point(1, 2)
print(p, repr(p), Point(5))
print(p == Point(1, 2), p == Point(2, 1), p == (1, 2))
print(asdict(p), astuple(p))
print(replace(p, y=10))
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(fields(Point)[1].default)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, label="x"))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9, 9))
c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)))
try:
    c.r = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.g
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError))
inv = Inventory("shop")
inv.items.append("apple")
inv2 = Inventory("other")
print(inv, inv2)
print(inv.items is not inv2.items)
print(asdict(inv))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    Version(1) < Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__eq__ is not object.__eq__, Point.__hash__)
print(Color.__hash__ is not None)
print(Point.__match_args__, Version.__match_args__)
print(Point.__dataclass_params__ if False else "params ok")
print(Point.__annotations__)
