import inspect
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar, Optional, List

@dataclass
class Product:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    internal: int = field(default=0, init=False)

print(inspect.signature(Product))
print(inspect.signature(Product.__init__))
print(Product.__init__.__annotations__ if False else sorted(Product.__init__.__annotations__))

@dataclass
class Config:
    host: str
    _: KW_ONLY
    port: int = 8080
    debug: bool = False
    retries: Optional[int] = None
    registry: ClassVar[dict] = {}
    secret: InitVar[str] = ""

    def __post_init__(self, secret):
        self.masked = "*" * len(secret)

print(inspect.signature(Config))
c = Config("localhost", port=9000, secret="hunter2")
print(c, c.masked)

@dataclass(kw_only=True)
class Event:
    name: str
    when: int
    tags: tuple = ()

print(inspect.signature(Event))
print(Event(when=5, name="launch"))

@dataclass
class Base:
    x: int
    y: int = 0

@dataclass(kw_only=True)
class Child(Base):
    z: int
    w: str = "w"

print(inspect.signature(Child))
print(Child(1, z=3), Child(1, 2, z=3, w="v"))

@dataclass
class WithField:
    a: int = field(kw_only=True, default=1)
    b: int = 2

print(inspect.signature(WithField), WithField(5, a=9))

@dataclass(order=True)
class Sortable:
    sort_index: tuple = field(init=False, repr=False)
    name: str
    rank: int

    def __post_init__(self):
        self.sort_index = (-self.rank, self.name)

items = [Sortable("b", 1), Sortable("a", 3), Sortable("c", 3)]
print(sorted(items))
print(inspect.signature(Sortable))
print(Sortable.__lt__.__qualname__, Sortable.__eq__.__qualname__, Sortable.__init__.__qualname__, Sortable.__repr__.__qualname__)
print(Product.__init__.__doc__, Product.__doc__)
print(Event.__doc__)
