# Data model 3.3.6-3.3.8: emulating callables, containers and numeric types, reflected and in-place operators.
import operator
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f'Vector{tuple(self.xs)}'
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        print('__contains__', v)
        return v in self.xs
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vector(*[a + other for a in self.xs])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(*[a * k for a in self.xs])
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __neg__(self):
        return Vector(*[-a for a in self.xs])
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __bool__(self):
        return any(self.xs)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs
    def __iadd__(self, other):
        print('__iadd__')
        self.xs = (self + other).xs
        return self
    def __call__(self, i):
        return self.xs[i]
    def __index__(self):
        return len(self.xs)
    def __reversed__(self):
        return iter(self.xs[::-1])
v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v + 1, 1 + v, v * 2, 2 * v, v @ w, -v, abs(v), bool(Vector(0, 0)), v == Vector(3, 4), v != w)
print(len(v), v[0], v[-1], v[0:1], 4 in v, 9 in v, v(1), list(reversed(v)), list(v), [10, 20, 30][Vector(1)], bin(Vector(1, 2, 3)))
v[0] = 30
del v[1]
v += w
print(v)
try:
    v * 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' + v
except TypeError as e:
    print('TypeError:', e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())), [x for x in Seq()])
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
class Hint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 99
print(operator.length_hint(Hint()), list(Hint()))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('Cmp.__lt__')
        return self.v < other.v
    def __eq__(self, other):
        return NotImplemented
a, b = Cmp(1), Cmp(2)
print(b > a, a == a, a == b, a != b)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
print(NoHash.__hash__)
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v + 0.5
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, n=None):
        return 'rounded %s' % n
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __format__(self, spec):
        return f'Num<{spec}>'
import math
print(int(Num(3)), float(Num(3)), complex(Num(3)), round(Num(1)), round(Num(1), 2), math.trunc(Num(1)), math.floor(Num(1)), f'{Num(1):>5}', format(Num(2)))
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError:', e)
class Pow:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
print(Pow() ** 2, pow(Pow(), 2, 5), 2 ** Pow(), divmod(Pow(), 1), divmod(1, Pow()))
