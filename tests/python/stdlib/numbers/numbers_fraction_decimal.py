import numbers
from fractions import Fraction
from decimal import Decimal
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral))
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), isinstance(Decimal(1), numbers.Complex))
