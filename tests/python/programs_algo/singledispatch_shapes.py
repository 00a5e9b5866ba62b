from functools import singledispatch, singledispatchmethod, cached_property, partialmethod, partial
from collections.abc import Sequence, Mapping
import math

@singledispatch
def describe(obj):
    return f"object {obj!r}"
@describe.register
def _(obj: int):
    return f"int {obj}"
@describe.register(float)
def _describe_float(obj):
    return f"float {obj:.2f}"
@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)
@describe.register
def _(obj: Mapping):
    return f"mapping with keys {sorted(obj)}"
for x in [1, 2.5, "s", [1, 2.0], (3,), {"b": 1, "a": 2}, True, None]:
    print(describe(x))
print(describe.dispatch(bool).__name__, describe.dispatch(str).__name__)
print(sorted(t.__name__ for t in describe.registry))
print(describe.registry[object].__name__)
try:
    @describe.register
    def bad(obj):
        pass
except TypeError as ex:
    print(type(ex).__name__, str(ex).split(" at ")[0])
class Shape:
    @singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError(f"cannot scale by {type(factor).__name__}")
    @scale.register
    def _(self, factor: int):
        return f"int scale x{factor}"
    @scale.register
    def _(self, factor: float):
        return f"float scale x{factor}"
s = Shape()
print(s.scale(2), s.scale(1.5))
try:
    s.scale("big")
except NotImplementedError as ex:
    print(type(ex).__name__, ex)
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return round(math.pi * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
c.area = 1
print(c.area)
print(type(Circle.__dict__["area"]).__name__, Circle.area.attrname)
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell._alive)
cell.set_dead()
print(cell._alive)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
print(sq(7), sq(7, mod=5), repr(sq).split(" at ")[0])
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(sorted, reverse=True)), partial(sorted, reverse=True)([2, 3, 1]))
try:
    partial()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    partial(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
