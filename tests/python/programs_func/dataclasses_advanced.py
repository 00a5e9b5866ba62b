from dataclasses import dataclass, field, KW_ONLY, asdict, make_dataclass, fields
import dataclasses

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: str = "c"

print(Mixed(1, b=5), Mixed(0))
try:
    Mixed(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Inner:
    vals: tuple = (1, 2)
    m: dict = field(default_factory=lambda: {"k": [1, 2]})

@dataclass
class Outer:
    name: str
    inner: Inner = field(default_factory=Inner)
    items: list = field(default_factory=lambda: [Inner((3,)), Inner()])

o = Outer("o")
print(o)
print(asdict(o))
print(dataclasses.astuple(o))

@dataclass(eq=False)
class Ident:
    v: int

print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(hash=False, compare=False, default=None)
print(hash(Hashy(3)) == hash(Hashy(3, [1])), Hashy(3) == Hashy(3, [9]))

@dataclass
class Unhash:
    a: int
try:
    hash(Unhash(1))
except TypeError as e:
    print(type(e).__name__, e)
print(Unhash.__hash__)

@dataclass
class Base:
    x: int = 0
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10

print(Derived(), [f.name for f in fields(Derived)])

C = make_dataclass("C", [("a", int), ("b", str, field(default="bee"))], namespace={"double": lambda self: self.a * 2})
c = C(4)
print(c, c.double(), C.__name__)

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))

@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    name: str = "n"
print(WithClassVar(), [f.name for f in fields(WithClassVar)])

@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)
print(FrozenPost(5))

@dataclass
class Recursive:
    name: str
    friends: list = field(default_factory=list)
r1 = Recursive("a")
r1.friends.append(Recursive("b", [Recursive("c")]))
print(r1)
f = fields(Point)[1]
print(f.name, f.type, f.default, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(type(dataclasses.MISSING).__name__)
print(field(default=1).default, field(default=1).default_factory is dataclasses.MISSING)
