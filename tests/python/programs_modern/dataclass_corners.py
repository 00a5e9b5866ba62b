import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar
from typing import ClassVar, Any
import copy

@dataclass
class Rec:
    a: int
    b: "list[Rec]" = field(default_factory=list)
r = Rec(1)
r.b.append(r)
print(repr(r))

@dataclass
class Meta:
    x: int = field(default=1, metadata={"unit": "cm"})
print(fields(Meta)[0].metadata, fields(Meta)[0].metadata["unit"], type(fields(Meta)[0].metadata).__name__)
print(repr(fields(Meta)[0])[:40])
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Rec)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(3, a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(Meta(), y=2)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Deep:
    items: list
    mapping: dict
    pair: tuple
d = Deep([Meta(2), [Meta(3)]], {"k": Meta(4)}, (Meta(5), 6))
print(asdict(d))
print(astuple(d))
print(asdict(d, dict_factory=lambda kv: sorted(kv)))

@dataclass
class WithDefaultFunc:
    f: Any = len
print(WithDefaultFunc())

@dataclass
class P:
    x: int
    y: int
    def __post_init__(self):
        print("post init", self)
p = P(1, 2)
p2 = copy.deepcopy(p)
print(p2, p2 == p, p2 is p)

@dataclass
class C1:
    a: int = 1
@dataclass
class C2(C1):
    b: int = 2
    def __post_init__(self):
        print("C2 post", self.a, self.b)
C2()
print(C2.__init__.__qualname__ if hasattr(C2.__init__, "__qualname__") else "")
print(C2.__doc__, C1.__doc__)
import inspect
print(inspect.signature(C2))
print(inspect.signature(Meta))

@dataclass
class Ann:
    x: int
    y: ClassVar[int] = 5
    z: dataclasses.InitVar[int] = 0
    w: "ClassVar[str]" = "cls"
print([f.name for f in fields(Ann)], Ann.y, inspect.signature(Ann))
try:
    Ann(1).z
except AttributeError as e:
    print(type(e).__name__, e)
print(Ann(1, 2))

@dataclass(frozen=True)
class Fz:
    v: list = field(default_factory=list)
    def __post_init__(self):
        object.__setattr__(self, "v", tuple(self.v))
f = Fz([1, 2])
print(f, hash(f) == hash(Fz((1, 2))))
try:
    f.new = 1
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(dataclasses.is_dataclass(Fz), dataclasses.is_dataclass(f))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), asdict(Empty()), astuple(Empty()))
@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, "__match_args__"))
@dataclass(eq=True, frozen=False)
class Unh:
    a: int
try:
    hash(Unh(1))
except TypeError as e:
    print(type(e).__name__, e)
print(Unh.__hash__)
F = dataclasses.field(default=3)
print(type(F).__name__, F.default)
print(repr(InitVar[int]), type(dataclasses.KW_ONLY).__name__)
