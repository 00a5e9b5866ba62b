from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

i = Item("pen", 1.25, 4)
print(i)
print(i.total, i == Item("pen", 1.25, 4, []), i == ("pen",))
i.tags.append("office")
print(asdict(i), astuple(i))
j = replace(i, qty=10)
print(j, j.tags is i.tags)
print([f.name for f in fields(Item)], is_dataclass(i), is_dataclass(Item), is_dataclass(3))
print(Item.__dataclass_fields__["qty"].default, Item.__dataclass_fields__["tags"].default_factory)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), max(vs))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1, 0, 0)}))

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

r = Rect(2, 3, scale=2)
print(r, r.area)
print([f.name for f in fields(r)])
print(asdict(r))

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 0

print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)

root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)
print(asdict(Node(5, [Node(6)])))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(i, nonexistent=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Item)
except TypeError as e:
    print(type(e).__name__, e)
print(Item.__match_args__)
print(repr(fields(Item)[0]).split("(")[0])
