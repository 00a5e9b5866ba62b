from functools import singledispatch, singledispatchmethod, cached_property, wraps, reduce, partialmethod
from decimal import Decimal
from fractions import Fraction

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(float)
def _(x):
    return f"float {x:.2f}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}: " + ", ".join(describe(i) for i in x)
@describe.register
def _(x: bool):
    return f"bool {x}"
for v in [1, 2.5, True, [1, 2.0], (False,), "s", None, Decimal("1.1"), Fraction(1, 3)]:
    print(describe(v))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry if t is not object))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"generic {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:05d}"
    @fmt.register
    def _(self, arg: str):
        return f"str {arg.upper()}"
f = Formatter()
print(f.fmt(42), f.fmt("hi"), f.fmt(1.5))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
c.r = 10
print(c.area)
del c.area
print(c.area)
c.area = 1
print(c.area, "area" in vars(c))
try:
    class Bad:
        __slots__ = ("x",)
        @cached_property
        def y(self):
            return 1
    Bad().y
except TypeError as e:
    print(type(e).__name__, e)

def trace(func):
    @wraps(func)
    def wrapper(*a, **k):
        r = func(*a, **k)
        print(f"{func.__name__}{a} -> {r}")
        return r
    return wrapper
@trace
def add(a, b):
    """adds"""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    revive = partialmethod(set_state, True)
    kill = partialmethod(set_state, False)
cl = Cell()
cl.revive()
print(cl.alive)
cl.kill()
print(cl.alive)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
