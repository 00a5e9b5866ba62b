import math
import cmath
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext
from functools import reduce

# polar coordinates
z = complex("1+2j")
print(abs(z), cmath.phase(z), cmath.polar(z))
print(complex(3, -4), abs(complex(3, -4)), (1 + 2j) * (3 - 1j), (1j) ** 2, complex("-1.5j"), 2j / 1j)

# find angle MBC
ab, bc = 10, 10
ang = round(math.degrees(math.atan2(ab, bc)))
print(f"{ang}\N{DEGREE SIGN}", chr(176), ord("°"))

# triangle quest
for i in range(1, 6):
    print((10 ** i - 1) // 9 * i)
for i in range(1, 6):
    print(((10 ** i - 1) // 9) ** 2)

# mod divmod / power mod power
a, b = 177, 10
print(a // b, a % b, divmod(a, b), divmod(-177, 10), divmod(177, -10), divmod(7.5, 2))
print(pow(3, 4), pow(3, 4, 5), pow(2, -1, 7), pow(9, 0.5), pow(-8, 1 / 3).real < 0, 3 ** -1)
print(pow(9, 29) + pow(7, 27), 2 ** 1000 % 10 ** 10, len(str(2 ** 10000)))

# integers come in all sizes
print(9 ** 29 + 7 ** 27, math.factorial(30), -(2 ** 100) // 3, (2 ** 100) % -7)

print(math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.comb(52, 5), math.perm(10, 3), math.prod([1, 2, 3, 4]))
print(math.isqrt(99), math.ceil(-1.5), math.floor(-1.5), math.trunc(-1.7), math.fabs(-3), math.copysign(2, -0.0))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(0), math.sqrt(2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(7 / 2), 7 // 2, -7 // 2, int(-3.9), round(-3.5), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))

# fractions
fs = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6)]
prod = reduce(lambda x, y: x * y, fs)
print(prod.numerator, prod.denominator, prod, sum(fs), Fraction("0.125"), Fraction(0.5), Fraction(1, 3) + 1)
print(repr(Fraction(6, -4)), Fraction(7, 3) // 1, Fraction(7, 3) % 1, float(Fraction(1, 3)), Fraction(1, 3) < 0.34)
print(Fraction(1.1).limit_denominator(100), round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(22, 7).as_integer_ratio())

# decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(repr(Decimal("3.14")), Decimal("1e3"), Decimal("100").normalize(), Decimal(0.1), Decimal("-0"), Decimal("1.50") == Decimal("1.5"))
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal(2).sqrt(), sum(Decimal("0.1") for _ in range(10)))
