from functools import singledispatch, singledispatchmethod
from typing import Union
from collections.abc import Iterable
import decimal, fractions

@singledispatch
def to_text(value):
    return f"<{type(value).__name__}>"

@to_text.register
def _(value: int | float):
    return f"number:{value}"

@to_text.register
def _(value: Union[str, bytes]):
    return f"text:{value!r}"

@to_text.register
def _(value: Iterable):
    return "[" + ", ".join(to_text(v) for v in value) + "]"

@to_text.register(decimal.Decimal)
@to_text.register(fractions.Fraction)
def _(value):
    return f"exact:{value}"

for v in [1, 2.5, True, "hi", b"raw", [1, "a", (2.0, b"x")], {3, 4}.__class__, decimal.Decimal("0.1"), fractions.Fraction(1, 3), None, range(2)]:
    print(to_text(v))

print(to_text.dispatch(bool).__name__, to_text.dispatch(list) is to_text.dispatch(tuple))
reg = to_text.registry
print(len(reg), object in reg, int in reg, float in reg, str in reg)

@singledispatch
def area(shape, *, precision=2):
    raise TypeError(f"unsupported shape {shape!r}")

@area.register(tuple)
def _(shape, *, precision=2):
    w, h = shape
    return round(w * h, precision)

@area.register(float)
@area.register(int)
def _(shape, *, precision=2):
    return round(3.14159 * shape ** 2, precision)

print(area((2, 3.5)), area(1, precision=4), area(2.0))
try:
    area("square")
except TypeError as e:
    print(type(e).__name__, e)

class Serializer:
    @singledispatchmethod
    def dump(self, obj):
        raise NotImplementedError(type(obj).__name__)

    @dump.register
    def _(self, obj: dict):
        return "{" + ",".join(f"{k}:{self.dump(v)}" for k, v in obj.items()) + "}"

    @dump.register
    def _(self, obj: list | tuple):
        return "[" + ",".join(self.dump(v) for v in obj) + "]"

    @dump.register
    def _(self, obj: int | float | str):
        return repr(obj)

    @dump.register
    def _(self, obj: None):
        return "null"

s = Serializer()
print(s.dump({"a": [1, 2.5, ("x", None)], "b": {"c": "d"}}))
try:
    s.dump({1, 2})
except NotImplementedError as e:
    print(type(e).__name__, e)

class Shape:
    @singledispatchmethod
    @classmethod
    def create(cls, arg):
        raise TypeError("cannot create from", type(arg).__name__)

    @create.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__} with {arg} sides"

    @create.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__} named {arg}"

print(Shape.create(4), Shape.create("hexagon"))
try:
    Shape.create(1.5)
except TypeError as e:
    print(type(e).__name__, e.args)

try:
    @to_text.register
    def _(value: "int"):
        return "str annotation"
except TypeError as e:
    print(type(e).__name__, str(e).split("\n")[0][:60])
