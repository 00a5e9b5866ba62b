from functools import singledispatch, singledispatchmethod
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
import numbers
from collections.abc import Mapping, Sequence

@singledispatch
def to_json(obj) -> str:
    raise TypeError(f"cannot serialize {type(obj).__name__}")

@to_json.register
def _(obj: bool) -> str:
    return "true" if obj else "false"

@to_json.register
def _(obj: numbers.Integral) -> str:
    return str(int(obj))

@to_json.register(float)
@to_json.register(Decimal)
def _(obj) -> str:
    return repr(float(obj))

@to_json.register
def _(obj: str) -> str:
    return '"' + obj.replace('"', '\\"') + '"'

@to_json.register
def _(obj: Mapping) -> str:
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in obj.items()) + "}"

@to_json.register
def _(obj: Sequence) -> str:
    return "[" + ", ".join(to_json(x) for x in obj) + "]"

@to_json.register(type(None))
def _(obj):
    return "null"

print(to_json({"a": [1, 2.5, True, None], "b": "q\"x", "c": (Decimal("1.5"),)}))
print(to_json(Fraction(1, 2)) if False else "skip")
try:
    to_json(Fraction(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    to_json({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(to_json.dispatch(int).__name__, to_json.dispatch(bool) is to_json.registry[bool])
print(to_json.dispatch(list) is to_json.registry[Sequence])

@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float

class Renderer:
    def __init__(self, scale):
        self.scale = scale
    @singledispatchmethod
    def render(self, shape):
        return f"unknown {shape!r}"
    @render.register
    def _(self, shape: Circle):
        return f"circle r={shape.r * self.scale}"
    @render.register
    def _(self, shape: Rect):
        return f"rect {shape.w * self.scale}x{shape.h * self.scale}"
    @singledispatchmethod
    @classmethod
    def kind(cls, x):
        return f"{cls.__name__}: other"
    @kind.register
    @classmethod
    def _(cls, x: int):
        return f"{cls.__name__}: int"

r = Renderer(2)
for s in [Circle(1.5), Rect(2, 3), "hex"]:
    print(r.render(s))
print(Renderer.kind(3), Renderer.kind("x"), r.kind(4))
try:
    @to_json.register
    def _(obj):
        return ""
except TypeError as e:
    print(type(e).__name__, str(e)[:40])
try:
    to_json()
except TypeError as e:
    print(type(e).__name__, e)
print(to_json.__name__, type(to_json.registry).__name__)
