# dataclasses: descriptor-typed fields, __match_args__, slots=True, weakref_slot, field metadata, InitVar defaults, inheritance with kw_only.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, asdict
import weakref
class IntConversionDescriptor:
    def __init__(self, *, default):
        self._default = default
    def __set_name__(self, owner, name):
        self._name = "_" + name
    def __get__(self, obj, type):
        if obj is None:
            return self._default
        return getattr(obj, self._name, self._default)
    def __set__(self, obj, value):
        setattr(obj, self._name, int(value))
@dataclass
class InventoryItem:
    quantity_on_hand: IntConversionDescriptor = IntConversionDescriptor(default=100)
i = InventoryItem()
print(i.quantity_on_hand)
i.quantity_on_hand = 2.5
print(i.quantity_on_hand, InventoryItem('7'))
@dataclass
class Point:
    x: int
    y: int
    z: int = field(default=0, kw_only=True)
print(Point.__match_args__, Point(1, 2, z=3))
match Point(1, 2):
    case Point(1, y):
        print('matched y =', y)
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
@dataclass(slots=True, weakref_slot=True)
class Weak:
    v: int
w = Weak(5)
r = weakref.ref(w)
print(r() is w, '__weakref__' in Weak.__slots__)
@dataclass
class Meta:
    name: str = field(metadata={'unit': 'none', 'doc': 'the name'})
    size: float = field(default=1.0, metadata={'unit': 'cm'})
print([(f.name, dict(f.metadata)) for f in fields(Meta)], type(fields(Meta)[0].metadata).__name__)
try:
    fields(Meta)[0].metadata['unit'] = 'x'
except TypeError as e:
    print('TypeError:', e)
@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0
    def __post_init__(self, factor):
        self.value *= factor
print(Scaled(3), Scaled(3, 10), asdict(Scaled(1)))
@dataclass
class Base:
    x: int
    _: KW_ONLY
    verbose: bool = False
@dataclass
class Child(Base):
    y: int = 0
c = Child(1, 2, verbose=True)
print(c, [f.name for f in fields(Child)], [f.kw_only for f in fields(Child)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class Hashable:
    v: int
    cache: list = field(default_factory=list, hash=False, compare=False)
print(hash(Hashable(1)) == hash(Hashable(1)), {Hashable(1): 'ok'}[Hashable(1)])
@dataclass
class Recursive:
    name: str
    children: list = field(default_factory=list)
root = Recursive('root', [Recursive('leaf')])
print(asdict(root), repr(root))
