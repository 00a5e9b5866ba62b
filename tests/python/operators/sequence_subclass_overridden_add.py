# A tuple or list subclass whose __add__ / __mul__ returns NotImplemented loses the built-in
# concatenation fallback, as in CPython (its sq_concat / sq_repeat are cleared), so the error is
# "unsupported operand type(s)", not "can only concatenate ...".
from collections import namedtuple


class Q(namedtuple('Q', 'a b')):
    def __add__(self, other):
        if isinstance(other, Q):
            return Q(self.a + other.a, self.b + other.b)
        return NotImplemented


class L(list):
    def __add__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


class Plain(list):
    pass


print(Q(1, 2) + Q(3, 4))
for f in (lambda: Q(1, 2) + 'x', lambda: Q(1, 2) + (3,), lambda: L() + 1, lambda: L() * 2.0,
          lambda: L() * 'x', lambda: Plain() + 1, lambda: Plain() * 2.0, lambda: (1,) + 'x'):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
