from dataclasses import dataclass, field, fields, MISSING


@dataclass
class Bag:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default='s', init=False)


a = Bag('a')
b = Bag('b')
a.items.append(1)
print(a, b)
print(a.tags, a.secret)
print(Bag('x', [1], count=5) == Bag('x', [1], count=7))
for f in fields(Bag):
    print(f.name, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare)
print(Bag.count, Bag.secret)
print(hasattr(Bag, 'items'))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)

try:
    @dataclass
    class Bad2:
        x: dict = {}
except ValueError as e:
    print(e)

try:
    @dataclass
    class Bad3:
        x: int = 0
        y: int
except TypeError as e:
    print(e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)


@dataclass
class Meta:
    x: int = field(default=1, metadata={'unit': 'cm'})


print(fields(Meta)[0].metadata['unit'], len(fields(Meta)[0].metadata))


@dataclass
class WithTuple:
    t: tuple = (1, 2)
    fs: frozenset = frozenset()


print(WithTuple())
