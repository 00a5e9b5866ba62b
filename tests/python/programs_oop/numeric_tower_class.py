import numbers
import math
from fractions import Fraction
from decimal import Decimal
from functools import total_ordering

@total_ordering
class Money(numbers.Real if False else object):
    __slots__ = ("cents",)
    def __init__(self, amount):
        if isinstance(amount, float):
            raise TypeError("use str or Decimal for money, not float")
        self.cents = int(Decimal(str(amount)) * 100)
    @classmethod
    def _from_cents(cls, c):
        m = cls.__new__(cls)
        m.cents = c
        return m
    def __add__(self, o):
        if isinstance(o, Money):
            return Money._from_cents(self.cents + o.cents)
        if isinstance(o, int):
            return Money._from_cents(self.cents + o * 100)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Money._from_cents(-self.cents)
    def __mul__(self, k):
        if isinstance(k, (int, Fraction)):
            return Money._from_cents(round(self.cents * k))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        if isinstance(k, Money):
            return Fraction(self.cents, k.cents)
        return Money._from_cents(round(Fraction(self.cents) / k))
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __abs__(self):
        return Money._from_cents(abs(self.cents))
    def __round__(self, n=0):
        q = 10 ** (2 - n)
        return Money._from_cents(round(self.cents / q) * q)
    def __float__(self):
        return self.cents / 100
    def __int__(self):
        return int(self.cents / 100)
    def __repr__(self):
        return f"Money('{self}')"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + format(str(self), spec[:-1])
        return format(float(self), spec or "")

prices = [Money("19.99"), Money("5"), Money("0.01"), Money(3)]
total = sum(prices)
print(total, repr(total), sum(prices, Money(0)) == total, sorted(prices), max(prices))
print(total * 2, 3 * Money("1.10"), total / 4, Money("10") / Money("4"), total - Money("0.02"))
print(-Money("2.5"), abs(Money("-7.25")), round(Money("2.567")), round(Money("2.55"), 1), bool(Money(0)))
print(float(total), int(total), math.floor(float(total)), f"{total:$}", f"{total:>10$}|", f"{total:.1f}", f"{total:08.3f}")
print(Money(1) == Money("1.00"), Money(1) != 1, len({Money(1), Money("1.0"), Money(2)}), Money("0.10") >= Money("0.1"))
print(Money("1") * Fraction(1, 3), Money("100") * Fraction(2, 3))
for bad in [1.5, "abc"]:
    try:
        Money(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Money(1) * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, numbers.Number), isinstance(1.5, numbers.Integral), isinstance(Fraction(1, 2), numbers.Rational),
      isinstance(Decimal(1), numbers.Real), isinstance(1j, numbers.Complex), issubclass(bool, numbers.Integral))
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def __add__(self, o):
        return MyInt(int(self) + int(o))
print(MyInt(2) + 3, 3 + MyInt(2), MyInt(2) * 3, type(MyInt(2) * 3).__name__, isinstance(MyInt(1), numbers.Integral))
print(Money("1").cents, Money.__slots__, hasattr(Money("1"), "__dict__"))
Money(2.0)
