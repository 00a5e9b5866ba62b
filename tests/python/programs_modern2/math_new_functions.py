# math.prod, isqrt, dist, comb, perm (3.8) and lcm, nextafter, ulp (3.9).
import math
from fractions import Fraction
from decimal import Decimal

print(math.prod(range(1, 11)), math.prod([]), math.prod([2, 3], start=10))
print(math.prod([Fraction(1, 2), Fraction(2, 3)]), math.prod([1.5, 2]), math.prod([Decimal("1.1"), 2]))
print([math.isqrt(n) for n in (0, 1, 15, 16, 10**20, 2**64 - 1)])
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print("TypeError:", e)
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
for bad in [(-1, 2), (3, -1)]:
    try:
        math.comb(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.perm(3.0, 1)
except TypeError as e:
    print("TypeError:", e)
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(3, 4, 5), math.gcd(12, 18, 27), math.gcd())
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0))
print(math.hypot(3, 4, 12), math.hypot(), math.cbrt(27.0), math.exp2(10))
