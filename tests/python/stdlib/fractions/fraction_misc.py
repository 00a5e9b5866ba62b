from fractions import Fraction as F
import numbers
x = F(7, 3)
print(x.as_integer_ratio(), x.numerator, x.denominator, str(F(4, 2)), str(F(-1, 3)), bool(F(0)), bool(x))
print(isinstance(x, numbers.Rational), isinstance(x, numbers.Real), isinstance(x, numbers.Integral))
class MyF(F):
    pass
m = MyF(1, 2)
print(repr(m), type(m + 1).__name__, repr(-m))
print(F(22, 7) - F(355, 113), F(1, 10) * 10 == 1)
