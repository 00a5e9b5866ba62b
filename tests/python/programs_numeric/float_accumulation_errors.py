# Floating point accumulation, comparisons and the usual surprises, with their exact fixes.
import math
from fractions import Fraction
from decimal import Decimal
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, math.isclose(total, 1.0), math.fsum([0.1] * 10), Fraction(total), Decimal(total))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, (0.1 + 0.2).hex(), (0.3).hex())
print(1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0, sum([1e16, 1.0, -1e16]), math.fsum([1e16, 1.0, -1e16]))
print(0.1 * 3 == 0.3, 3 * 0.1, 0.3 / 0.1, 0.3 // 0.1, 0.3 % 0.1, divmod(0.3, 0.1), 1.0 // 0.1, 1.0 % 0.1)
print([x / 10 for x in range(11)], [i * 0.1 for i in range(11)])
print(2 ** 53, float(2 ** 53), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(9007199254740993, float(9007199254740993), float('9007199254740993'), 9007199254740993 / 1)
print(1 / 3 * 3, 2 / 3 * 3, (1 / 49) * 49, sum(1 / 49 for _ in range(49)))
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
import sys
print(eps, sys.float_info.epsilon, eps == sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info, sys.int_info.bits_per_digit > 0)
h = 1.0
for _ in range(5):
    h /= 10
    d = (math.sin(1 + h) - math.sin(1)) / h
    print(f"h={h:.0e} deriv={d:.12f} err={abs(d - math.cos(1)):.3e}")
print(float('0.1') == 1 / 10, 0.1 == Fraction(1, 10), Fraction(0.1) == Fraction(1, 10), Decimal('0.1') == 0.1, Decimal(0.1) == 0.1)
xs = [0.1] * 3 + [1e20, -1e20]
print(sum(xs), math.fsum(xs), sorted(xs), sum(sorted(xs)))
print(-0.0 == 0.0, math.copysign(1, -0.0), str(-0.0), -0.0 + 0.0, 0.0 * -1, repr(-0.0 * 0), abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0))
