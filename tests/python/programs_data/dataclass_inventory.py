from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, make_dataclass
from typing import List, Optional, ClassVar

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def total(self) -> float:
        return self.price * self.qty

i = Item("pen", 1.5, 4)
print(i, i.total(), asdict(i), astuple(i))
print(replace(i, qty=10), i == Item("pen", 1.5, 4), i == ("pen", 1.5, 4, []))
print([f.name for f in fields(Item)], fields(Item)[3].default_factory is list)
print(Item.__annotations__)
print(repr(fields(Item)[0])[:40])

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    done: bool = field(default=False, repr=False)
tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "z")]
print(sorted(tasks), Task(1, "x") < Task(2, "a"), Task(1, "x") == Task(1, "y"))

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(1, 2)), {p, Point(1, 2)}, replace(p, y=9))

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    rate: InitVar[float] = 0.01
    count: ClassVar[int] = 0
    def __post_init__(self, rate):
        if self.balance < 0:
            raise ValueError(f"negative balance: {self.balance}")
        self.interest = self.balance * rate
        Account.count += 1
a = Account("ann", 100.0, rate=0.05)
print(a, a.interest, Account.count, [f.name for f in fields(a)])
try:
    Account("bob", -5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Opts(1, c=5))
try:
    Opts(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(kw_only=True)
class K:
    x: int
    y: Optional[str] = None
print(K(x=1), is_dataclass(K), is_dataclass(K(x=1)), is_dataclass(int))
C = make_dataclass("C", [("a", int), ("b", str, field(default="q"))])
print(C(1), C.__name__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1))
@dataclass
class Nested:
    items: list
    owner: Point
print(asdict(Nested([Point(1, 2), {"k": Point(3, 4)}], Point(0, 0))))
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
print(S(5), S.__slots__)
try:
    S(1).c = 3
except AttributeError as e:
    print(type(e).__name__, e)
Item("x")
