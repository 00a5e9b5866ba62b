from dataclasses import dataclass, field, InitVar, fields, asdict, KW_ONLY, replace, make_dataclass, MISSING
from typing import ClassVar

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False, compare=False)
    rate: ClassVar[float] = 0.05
    secret: InitVar[str | None] = None
    def __post_init__(self, secret):
        self.hashed = None if secret is None else secret[::-1]
        self.history.append(("open", self.balance))

a = Account("ann", 10, secret="pw")
print(a, a.hashed, a.history, Account.rate)
print([f.name for f in fields(Account)])
print(asdict(a))
b = replace(a, balance=20, secret="zz")
print(b, b.hashed)
try:
    replace(a, balance=1)
except ValueError as e:
    print(type(e).__name__, e)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
try:
    Options(True)
except TypeError as e:
    print(type(e).__name__, e)
print(Options(level=3))

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3), Mixed(1, b=5, c=6))

@dataclass
class Point3:
    x: int
    y: int = field(default=0, kw_only=True)
print(Point3(1, y=2))

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(5, 6, 7), [f.name for f in fields(Child)])

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default=None)
print(hash(H(1)) == hash(H(1, [2])))

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
print(sorted([Card(10, "h"), Card(2, "s"), Card(7, "d")]), {Card(1, "a"), Card(1, "b")} == {Card(1, "c")})

@dataclass(init=False)
class Manual:
    a: int
    def __init__(self, v):
        self.a = v * 2
print(Manual(4))

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))

Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="q"))], namespace={"hi": lambda self: "hi " + self.b})
print(Dyn(1), Dyn(1).hi(), fields(Dyn)[1].default, fields(Dyn)[0].default is MISSING)
f0 = fields(Account)[0]
print(f0.name, f0.type, f0.init, f0.repr, f0.compare, f0.hash, f0.kw_only, f0.metadata)
print(type(MISSING).__name__)

@dataclass
class Node:
    val: int
    children: list["Node"] = field(default_factory=list)
t = Node(1, [Node(2), Node(3, [Node(4)])])
print(t)
print(asdict(t))
try:
    @dataclass(order=True)
    class X:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(frozen=True)
    class F(Base):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class G:
        a: dict = {}
except ValueError as e:
    print(type(e).__name__, e)
