import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, -a, abs(a), bool(Vec()), bool(a))
print(list(a), a[1], len(a), tuple(b), a == Vec(3, 4), {a, Vec(3, 4)} == {a})
x, y = a
print(x, y, sum(Vec(i, i) * Vec(1, 1) for i in range(4)))
