# fractions: constructors, limit_denominator, arithmetic with int/float/complex, rounding.
from fractions import Fraction
from decimal import Decimal
import math
print(Fraction(16, -10), Fraction(123), Fraction(), Fraction('3/7'), Fraction(' -3/7 '), Fraction('1.414213 \t\n'))
print(Fraction('-.125'), Fraction('7e-6'), Fraction(2.25), Fraction(1.1), Fraction(Decimal('1.1')))
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(math.cos(math.pi/3)).limit_denominator())
print(Fraction(1.1).limit_denominator(), Fraction(125, 100).as_integer_ratio(), Fraction(3, 4).numerator, Fraction(3, 4).denominator)
print(math.floor(Fraction(355, 113)), math.ceil(Fraction(355, 113)), round(Fraction(355, 113)), round(Fraction(355, 113), 3))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), int(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)), a ** 2, a ** -2, 2 ** Fraction(1, 2))
print(a + 1, 1 - a, a * 1.5, a + 1j, Fraction(9, 4) ** Fraction(1, 2), -a, abs(Fraction(-2, 5)), +a)
print(a == Fraction(2, 6), a < 0.34, a == 1/3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3, 1)) == hash(3))
print(repr(Fraction(3, 4)), str(Fraction(3, 1)), sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 3)]), float(Fraction(1, 3)))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(1, 3).is_integer() if hasattr(Fraction, 'is_integer') else '')
print(Fraction.from_float(0.5), Fraction.from_decimal(Decimal('0.25')), bool(Fraction(0)), Fraction(10, 4).limit_denominator(1))
for bad in ['1/0', '3/', 'x', '1.2/3']:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    Fraction(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    Fraction(1, 2).limit_denominator(0)
except ValueError as e:
    print('ValueError:', e)
