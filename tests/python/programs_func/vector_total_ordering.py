from functools import total_ordering, reduce
import math
import operator

@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x:g}, {self.y:g})"

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __format__(self, spec):
        if spec.endswith("p"):
            r, theta = abs(self), math.atan2(self.y, self.x)
            inner = spec[:-1]
            return f"<{r:{inner}}, {theta:{inner}}>"
        return f"({self.x:{spec}}, {self.y:{spec}})"

vs = [Vector(3, 4), Vector(1, 1), Vector(0, 0), Vector(-6, 8), Vector(1.5, 2)]
print(sorted(vs))
print(max(vs), min(vs), [abs(v) for v in vs])
print(reduce(operator.add, vs), sum(vs, Vector()))
print(Vector(1, 2) * 3, 3 * Vector(1, 2), Vector(1, 2) * Vector(3, 4), -Vector(1, -1))
print(Vector(3, 4) >= Vector(4, 3), Vector(3, 4) <= Vector(0, 5), Vector(1, 0) > Vector(0, 0))
print(bool(Vector()), bool(Vector(0, 1)), list(Vector(7, 8)), tuple(Vector(1, 2)))
print(f"{Vector(3, 4):.2f}", f"{Vector(1, 1):.3p}", format(Vector(2, 0), "5.1f"))
print({Vector(1, 2), Vector(1, 2), Vector(2, 1)} == {Vector(2, 1), Vector(1, 2)})
try:
    Vector(1, 2) + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Vector(1, 2) * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Vector(1, 2) < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    Vector().z = 1
except AttributeError as e:
    print(type(e).__name__, e)
x, y = Vector(9, 10)
print(x, y, str(Vector(0.5, 1e20)), repr(Vector(0.1 + 0.2, 1 / 3)))
print(sorted(vs, key=operator.attrgetter("y", "x")))
print(Vector.__lt__.__name__, Vector.__ge__.__name__, Vector.__le__.__doc__ is not None)
