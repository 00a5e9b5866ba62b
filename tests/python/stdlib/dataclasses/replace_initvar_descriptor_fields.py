# replace() and init=False/InitVar fields, descriptor-typed fields, make_dataclass, nan fields compared
from dataclasses import dataclass, field, replace, InitVar, fields, asdict, make_dataclass, FrozenInstanceError
import dataclasses
@dataclass
class A:
    x: int
    y: int = field(init=False, default=0)
    z: InitVar[int] = 5
    def __post_init__(self, z):
        self.y = self.x * z
a = A(2)
print(a, a.y)
for kw in [dict(y=1), dict(x=3), dict(x=3, z=1), dict(q=1)]:
    try:
        print(replace(a, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Desc:
    def __init__(self, default): self.default = default
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, t=None):
        if obj is None: return self.default
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, v): setattr(obj, self.name, v * 10)
@dataclass
class D:
    v: int = Desc(7)
print(D(), D(2), fields(D)[0].default)
@dataclass(frozen=True)
class F:
    a: int
    def __post_init__(self):
        try:
            self.a = 5
        except FrozenInstanceError as e:
            print("in post_init:", type(e).__name__, e)
F(1)
@dataclass
class G:
    items: list = field(default_factory=lambda: [1, 2])
    meta: dict = field(default_factory=dict, metadata={"help": "x"})
print(G(), G().items is not G().items, fields(G)[1].metadata)
try:
    @dataclass
    class H:
        a: int = field(default=1, default_factory=int)
except ValueError as e:
    print(type(e).__name__, e)
Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))], frozen=True, order=True)
print(Point(1, 2), Point(1, 2) < Point(1, 3), [f.type for f in fields(Point)])
try:
    make_dataclass("Bad", ["x", "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    make_dataclass("Bad", ["class"])
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class WithSlotsManual:
    __slots__ = ("a",)
    a: int
print(WithSlotsManual(1))
@dataclass(repr=True, eq=True)
class Cmp:
    a: float
print(Cmp(float("nan")) == Cmp(float("nan")), Cmp(1.0) == Cmp(1), [Cmp(1)] == [Cmp(1.0)])
n = float("nan")
c = Cmp(n)
print(c == c, (n,) == (n,))
print(dataclasses.astuple(Point(1, 2)), dataclasses.asdict(Point(3, 4)))
@dataclass
class Rec:
    a: "list[int]"
    b: "dataclasses.InitVar[int]" = 0
    c: "ClassVar[int]" = 1
print([f.name for f in fields(Rec)], Rec([1]))
