from dataclasses import dataclass, field, KW_ONLY, fields
import inspect

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))

@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80

c = Config(host="h", port=8080)
print(c)
try:
    Config("h")
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3))
print(inspect.signature(Mixed))
print([(f.name, f.kw_only) for f in fields(Mixed)])

@dataclass
class F:
    x: int
    y: int = field(default=5, kw_only=True)
    z: int = 7
print(F(1, 2), F(1, y=9))
print(inspect.signature(F))

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.0
    a: int = 10
print(Child())
print(inspect.signature(Child))
print(Child(1, "x", 2.5))
