# User classes taking part in arithmetic: reflected ops, NotImplemented, __index__, __round__, __floor__.
import math, operator
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __floor__(self):
        return Vec(math.floor(self.x), math.floor(self.y))
    def __ceil__(self):
        return Vec(math.ceil(self.x), math.ceil(self.y))
    def __trunc__(self):
        return Vec(math.trunc(self.x), math.trunc(self.y))
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
v = Vec(1.25, -2.75)
print(v + Vec(1, 1), v * 2, 3 * v, abs(Vec(3, 4)), -v, round(v), round(v, 1), math.floor(v), math.ceil(v), math.trunc(v))
for bad in [lambda: v + 1, lambda: 1 + v, lambda: v * 'a', lambda: v - v, lambda: v < v, lambda: hash(v), lambda: v @ v, lambda: divmod(v, 2), lambda: v ** 2, lambda: ~v, lambda: int(v), lambda: float(v), lambda: complex(v), lambda: operator.index(v), lambda: [1, 2][v]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(3)
print([10, 20, 30, 40][i], 'abcdef'[Idx(1):Idx(4)], bin(i), hex(i), oct(i), range(i), operator.index(i), (5).__mul__(2), int(i), math.comb(Idx(5), i) , [0] * i, 2 ** Idx(10) if False else 'skip')
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return Num(o + self.v)
    def __repr__(self):
        return f"Num({self.v})"
    def __rpow__(self, base):
        return Num(base ** self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __rdivmod__(self, o):
        return (o // self.v, o % self.v)
print(1 + Num(2), sum([Num(1)], 5) if False else sum([1, 2], 0) + 0, 2 ** Num(10), 1 / Num(4), 7 // Num(2), 7 % Num(2), divmod(7, Num(2)), 2.5 + Num(1))
print(sum([Num(1), Num(2)], 0) if False else 'sum-skip', operator.add(1, Num(1)), operator.pow(3, Num(2)), operator.truediv(3, Num(2)))
class Weird:
    def __eq__(self, o):
        return 'eq-result'
    def __lt__(self, o):
        return 0
print(Weird() == 1, 1 == Weird(), Weird() < 5, 5 > Weird(), Weird() != 1)
