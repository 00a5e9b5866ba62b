# dataclasses: InventoryItem, field(default_factory), __post_init__, InitVar, fields(), asdict, replace, make_dataclass.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, is_dataclass, FrozenInstanceError
import copy

@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand

item = InventoryItem('widget', 3.0, 10)
print(item, item.total_cost(), item == InventoryItem('widget', 3.0, 10))
import inspect
print(inspect.signature(InventoryItem))

@dataclass
class C:
    mylist: list[int] = field(default_factory=list)
c = C()
c.mylist += [1, 2, 3]
print(c, C(), [f.name for f in fields(c)])
try:
    @dataclass
    class D:
        x: list = []
except ValueError as e:
    print('ValueError:', e)

@dataclass
class Point:
    x: int
    y: int
@dataclass
class Cloud:
    points: list
p = Point(10, 20)
print(asdict(p), astuple(p))
c = Cloud([Point(0, 0), Point(10, 4)])
print(asdict(c), astuple(c))

@dataclass
class E:
    a: float
    b: float
    c: float = field(init=False)
    def __post_init__(self):
        self.c = self.a + self.b
print(E(1, 2))

@dataclass
class F:
    i: int
    j: int = None
    database: InitVar[object] = None
    def __post_init__(self, database):
        if self.j is None and database is not None:
            self.j = database.get('j')
print(F(10, database={'j': 5}), [f.name for f in fields(F)])

@dataclass
class Point3:
    x: float
    _: KW_ONLY
    y: float
    z: float
p = Point3(0, y=1.5, z=2.0)
print(p)
try:
    Point3(0, 1, 2)
except TypeError as e:
    print('TypeError:', e)

@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()
fz = Frozen('a')
try:
    fz.name = 'b'
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(replace(fz, name='b'), hash(fz) == hash(Frozen('a')), copy.deepcopy(fz) == fz)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)
print(sorted([Version(1, 2), Version(0, 9, 'x'), Version(1, 0)]), Version(1) < Version(1, 1), Version(1, label='a') == Version(1, label='b'))

@dataclass
class Base:
    x: any = 15.0
    y: int = 0
@dataclass
class Child(Base):
    z: int = 10
    x: int = 15
print(Child(), inspect.signature(Child))
Pos = make_dataclass('Pos', ['x', ('y', int), ('z', int, field(default=5))], namespace={'add_one': lambda self: self.x + 1})
print(Pos(1, 2), Pos(1, 2).add_one(), is_dataclass(Pos), is_dataclass(Pos(1, 2)), is_dataclass(int))
f0 = fields(Version)[2]
print(f0.name, f0.type, f0.default, f0.compare, f0.repr, f0.init)
try:
    replace(E(1, 2), c=3)
except ValueError as e:
    print('ValueError:', e)
