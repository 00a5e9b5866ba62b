# A 2-D vector class with operator overloading; unsupported combinations fall back to TypeError.
import math

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __neg__(self):
        return Vector(-self.x, -self.y)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v * 3, 2 * v, v @ w, abs(w), -v, v == Vector(1, 2), v != w)
cases = ["v + 1", "1 + v", "v - w", "v * w", "v * 'a'", "'a' * v", "v / 2", "v // 2", "v ** 2", "v % 2",
         "v < w", "v <= w", "v > 1", "v @ 3", "~v", "+v", "v & w", "v << 1", "divmod(v, 2)", "pow(v, 2, 3)",
         "round(v)", "int(v)", "float(v)", "len(v)", "v[0]", "list(v)", "v()", "hash(v)", "{v: 1}",
         "hash(Point(1, 2))", "{Point(1, 2)}", "Point(1, 2) == (1, 2)", "sorted([v, w])", "max(v, w)",
         "sum([v, w])", "sum([v, w], Vector(0, 0))", "v.z", "setattr(v, 'z', 1)", "vars(v)", "Vector(1)"]
for src in cases:
    try:
        print(f"{src:28} -> {eval(src)!r}")
    except (TypeError, AttributeError) as e:
        print(f"{src:28} -> {type(e).__name__}: {e}")
x = v
x += w
print(x, v)
try:
    x -= w
except TypeError as e:
    print("TypeError:", e)
try:
    x *= "k"
except TypeError as e:
    print("TypeError:", e)
try:
    x @= 2
except AttributeError as e:
    print("AttributeError:", e)
print(v < w)
