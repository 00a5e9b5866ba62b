from dataclasses import dataclass, field, fields, asdict, astuple, replace, MISSING

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    total: float = field(init=False, default=0.0)

    def __post_init__(self):
        self.total = self.price * 2

a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="y")
print(a)
print(a == b, a == Item("pen", 1.5, cache={"k": 1}))
print(repr(Item("cup", 3, ["a", "b"])))
for f in fields(Item):
    print(f.name, f.type, f.init, f.repr, f.compare, f.default is MISSING, f.default_factory is MISSING)
print(asdict(a))
print(astuple(b))
c = replace(a, price=10)
print(c, c.total)
try:
    replace(a, total=5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item("a", 1, [], "s", {}, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(Item.__dataclass_fields__.keys())
print(Item.price, Item.secret)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
print(hash(Item) is not None, Item.__hash__)
