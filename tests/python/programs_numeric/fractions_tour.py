# fractions: construction, limit_denominator, mixed arithmetic, str/repr, from_float/from_decimal.
from fractions import Fraction
from decimal import Decimal
import math
print(Fraction(3, 6), Fraction(-4, -8), Fraction(5), Fraction('3/4'), Fraction(' -1.25 '), Fraction('1e-3'), Fraction('7e2'), Fraction(0.75), Fraction(Decimal('0.125')))
print(repr(Fraction(1, 3)), str(Fraction(4, 2)), Fraction(1, -3), Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(0.1))
print(Fraction.from_float(0.1), Fraction.from_float(2.5), Fraction.from_decimal(Decimal('3.14')), Fraction(0.1).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(math.pi).limit_denominator(1000))
for md in (1, 2, 7, 50, 113, 10 ** 6):
    print(md, Fraction(math.e).limit_denominator(md))
a, b = Fraction(1, 3), Fraction(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, a ** 0.5, 2 ** a, abs(-a), -a, +a)
print(a + 1, 1 - a, a * 2.0, 0.5 + a, a == Fraction(2, 6), a < 0.34, a > 1 / 3, a == 1 / 3, b == 0.4, Fraction(1, 2) == 0.5, Fraction(1, 2) == Decimal('0.5') if False else '-')
print(type(a + 1).__name__, type(a + 1.0).__name__, type(a * 1j).__name__, a * 1j)
print(sum([Fraction(1, n) for n in range(1, 11)]), math.prod(Fraction(n, n + 1) for n in range(1, 10)))
print(round(Fraction(7, 3)), round(Fraction(7, 3), 2), round(Fraction(5, 2)), round(Fraction(-5, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 3)))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(6, 4).as_integer_ratio(), hash(Fraction(2, 1)) == hash(2), bool(Fraction(0)), Fraction(5, 1).is_integer() if hasattr(Fraction, 'is_integer') else 'n/a')
for bad in [lambda: Fraction(1, 0), lambda: Fraction('1/0'), lambda: Fraction('abc'), lambda: Fraction('1.5/2'), lambda: Fraction(1.5, 2), lambda: Fraction(float('nan')), lambda: Fraction(float('inf')), lambda: Fraction(1, 2) / 0, lambda: Fraction(0) ** -1, lambda: Fraction([1]), lambda: Fraction(1, 3).limit_denominator(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(f"{Fraction(1, 3)}", format(Fraction(1, 3), '') if True else '', sorted([Fraction(1, 2), 0.3, Fraction(1, 4), 1]), max(Fraction(2, 3), 0.66))
print(Fraction(22, 7) - Fraction(math.pi), float(Fraction(355, 113) - Fraction(math.pi)))
h = Fraction(0)
for k in range(1, 6):
    h += Fraction(1, k * k)
    print(k, h, float(h))
