import math

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __eq__(self, o): return tuple(self) == tuple(o)
    def dot(self, o): return self.x * o.x + self.y * o.y
    def __repr__(self): return f"Vec({self.x}, {self.y})"

v, w = Vec(3, 4), Vec(1, -2)
print(v + w, v - w, v * 2, -w, abs(v))
print(v.dot(w), list(v), tuple(w))
x, y = v
print(x, y, v == Vec(3, 4), v == w)
angle = math.degrees(math.atan2(v.y, v.x))
print(f"{angle:.2f}")
try:
    v.z = 1
except AttributeError:
    print("no z allowed")
