import math
from functools import total_ordering


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        if spec.endswith("p"):
            r, th = abs(self), math.degrees(math.atan2(self.y, self.x))
            inner = spec[:-1]
            return f"<{r:{inner}}, {th:{inner}}°>"
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = int(cents)

    def __eq__(self, o):
        return self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __add__(self, o):
        return Money(self.cents + o.cents)


v, w = Vector(3, 4), Vector(1, -2)
print(v, w, repr(v), v + w, v - w, v * 2, 3 * w, v * w, -v, abs(v), v / 2)
print(f"{v}", f"{v:.2f}", f"{v:>5}", f"{v:.3p}", format(w, "+d"), "{:06.1f}".format(w))
print(bool(Vector()), bool(w), v == Vector(3, 4), v != w, v == (3, 4), len({v, Vector(3, 4), w}))
x, y = v
print(x, y, list(w), v[0], v[-1], tuple(v), dict(a=v)["a"])
u = v
u += w
print(u, v, u is v)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v < w
except TypeError as e:
    print(type(e).__name__, e)
prices = [Money(1999), Money(250), Money(-75), Money(123456789)]
print(sorted(prices), max(prices), min(prices), [str(p) for p in prices])
print(Money(5) <= Money(5), Money(6) >= Money(7), Money(1) > Money(0), sum(prices), str(sum(prices)))
print(sum([Vector(1, 1), Vector(2, 2)], Vector()))
print(sorted([Vector(2, 1), Vector(1, 5), Vector(1, 2)], key=tuple))
print(sum([Vector(1, 1)]))
