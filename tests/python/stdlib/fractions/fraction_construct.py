from fractions import Fraction as F
from decimal import Decimal
print(F(3, 6), repr(F(-4, -8)), F('1.25'), F(' -3/7 '), F('1e-3'), F('2.5E2'), F(0.1), F(5), F(F(1, 3), F(2, 5)), F('1_000.5'))
print(F(Decimal('0.125')), F.from_float(0.25), F.from_decimal(Decimal('-1.5')), F(), F(7, 1), F(-0.0))
for bad in ['x', '1/0', '1.2.3', '', '/2', '1/-2', '3/', 'nan']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2), (None,), ('1', 2)]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
