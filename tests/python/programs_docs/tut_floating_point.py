# Tutorial 15: floating point arithmetic, issues and limitations.
import math
from decimal import Decimal
from fractions import Fraction
print(0.1, repr(0.1), format(0.1, '.17f'), format(0.1, '.55f'))
print(1 / 10, 0.1 + 0.1 + 0.1 == 0.3, round(0.1, 1) + round(0.1, 1) + round(0.1, 1) == round(0.3, 1))
print(math.isclose(0.1 + 0.1 + 0.1, 0.3), round(2.675, 2), math.pi, repr(math.pi), str(math.pi))
print(format(math.pi, '.12g'), format(math.pi, '.2f'))
x = 3.14159
print(x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x == 3537115888337719 / 1125899906842624, x.hex(), float.fromhex('0x1.921f9f01b866ep+1'))
print(0.1 * 3, sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0)
print(Decimal.from_float(0.1), Fraction.from_float(0.1), Fraction(0.1).limit_denominator())
print(format(Decimal.from_float(0.1), '.17'), (0.1).hex())
print(0.1 + 0.2, 1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1), 1e308 * 10, -1e308 * 10)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(math.sumprod if hasattr(math, 'sumprod') else 'no sumprod', float('nan') == float('nan'))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.5, 0), round(1234.5678, -2))
