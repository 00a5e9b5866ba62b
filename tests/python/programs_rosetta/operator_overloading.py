from functools import total_ordering
import math

@total_ordering
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(o := k, Vector):
            return self.x * o.x + self.y * o.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __iadd__(self, o):
        return self + o

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, abs(v), v @ w)
print(repr(v), v == Vector(3, 4), v != w, v > w, v <= w, sorted([v, w, Vector(0, 1)]))
print(bool(Vector(0, 0)), list(v), v[1], tuple(w), {v, Vector(3, 4)}, max([v, w]))
u = v
u += w
print(u, v, u is v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
class Money:
    def __init__(self, cents): self.cents = cents
    def __radd__(self, other): return self if other == 0 else NotImplemented
    def __add__(self, o): return Money(self.cents + o.cents)
    def __format__(self, spec): return format(self.cents / 100, spec or ".2f")
    def __index__(self): return self.cents
print(f"{sum([Money(150), Money(275)])}", f"{Money(5):>8.3f}", bin(Money(5)), [1, 2, 3, 4, 5, 6][Money(2)])
