# dataclass(slots=True, kw_only=True) and KW_ONLY (3.10).
from dataclasses import dataclass, field, KW_ONLY, fields, asdict
import inspect


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


print(Config(host="h"), inspect.signature(Config))
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Mixed(1, c=3), inspect.signature(Mixed))
print([(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class PerField:
    a: int = field(kw_only=True, default=5)
    b: int = 2


print(PerField(7), inspect.signature(PerField))


@dataclass(slots=True, frozen=True)
class Frozen:
    v: int


f = Frozen(1)
try:
    f.v = 2
except Exception as e:
    print(type(e).__name__ + ":", e)
print(hash(f) == hash(Frozen(1)), asdict(f))
try:
    @dataclass
    class Two:
        _: KW_ONLY
        __: KW_ONLY
except TypeError as e:
    print("TypeError:", e)
