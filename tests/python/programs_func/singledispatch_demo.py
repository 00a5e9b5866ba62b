from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping
from decimal import Decimal

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register
def _(obj: int):
    return f"int {obj}"

@describe.register
def _(obj: float):
    return f"float {obj:.2f}"

@describe.register(str)
def _(obj):
    return f"str of length {len(obj)}"

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence [{', '.join(describe(x) for x in obj)}]"

@describe.register
def _(obj: Mapping):
    return "mapping with " + ", ".join(sorted(map(str, obj)))

def describe_none(obj):
    return "nothing"
describe.register(type(None), describe_none)

for v in [1, 2.5, "hey", [1, "a"], (3.0,), {"b": 1, "a": 2}, None, True, Decimal("1.5"), {1, 2}.__class__]:
    print(describe(v))

print(describe.dispatch(bool).__name__)
print(describe.dispatch(dict) is describe.registry[Mapping])
print(sorted(t.__name__ for t in describe.registry))

class Shape:
    pass

class Circle(Shape):
    def __init__(self, r):
        self.r = r

class Square(Shape):
    def __init__(self, s):
        self.s = s

@singledispatch
def area(shape):
    raise NotImplementedError(f"cannot compute area of {type(shape).__name__}")

@area.register
def _(shape: Circle):
    return round(3.14159 * shape.r ** 2, 3)

@area.register
def _(shape: Square):
    return shape.s ** 2

print(area(Circle(2)), area(Square(3)))
try:
    area(Shape())
except NotImplementedError as e:
    print(type(e).__name__, e)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register
    def _(self, arg: int):
        return f"#{arg:05d}"

    @fmt.register
    def _(self, arg: list):
        return "|".join(self.fmt(a) for a in arg)

    @fmt.register(bytes)
    def _(self, arg):
        return arg.hex()

f = Formatter()
print(f.fmt(42), f.fmt([1, 2, "x"]), f.fmt(b"\x01\xff"), f.fmt(3.5))

try:
    @describe.register
    def _(obj):
        return "bad"
except TypeError as e:
    print(type(e).__name__, str(e).split(":")[0])

try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
