import math

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x - o.x, self.y - o.y)
    def __rsub__(self, o):
        if isinstance(o, (int, float)):
            return Vec(o - self.x, o - self.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        print("rmul called")
        return self * k
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __invert__(self):
        return Vec(self.y, self.x)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __getitem__(self, i):
        return (self.x, self.y)[i]

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a + 1, 1 + a, b - a, 10 - a, a * 3, 3 * a, a * b, a @ b)
print(b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), -a, +a, abs(b), ~a)
print(bool(Vec(0, 0)), bool(a), a == Vec(1, 2), a != b, len({a, Vec(1, 2), b}))
print(list(a), round(Vec(1.26, 2.71), 1), a[0], a[-1], tuple(b), sum([a, b], Vec(0, 0)))
x, y = b
print(x, y, max(a, b, key=abs))
for bad in ["s", None, [1]]:
    try:
        print(a - bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" @ a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += "s"
except TypeError as e:
    print(type(e).__name__, e)
c = a
c += b
print(c, a, c is a)
print(sum([a, b]))
print(divmod(7, 2), 3 - Vec(1, 1))
a.z = 1
