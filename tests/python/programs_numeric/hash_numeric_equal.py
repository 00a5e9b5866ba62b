# Numeric hash invariants and values across int, float, Fraction, Decimal, complex.
from fractions import Fraction
from decimal import Decimal
import sys
vals = [0, 1, -1, 2, 10 ** 18, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 12345678901234567890]
for v in vals:
    print(v, hash(v), hash(float(v)) == hash(v) if abs(v) < 2 ** 1000 and float(v) == v else 'inexact', hash(Fraction(v)) == hash(v), hash(Decimal(v)) == hash(v))
for x in (0.5, -0.5, 0.1, 1e-300, 1.5e300, 3.25, -0.0, float('inf'), float('-inf')):
    print(repr(x), hash(x), hash(Fraction(x)) == hash(x) if x not in (float('inf'), float('-inf')) else '-', hash(Decimal(x)) == hash(x))
n1 = float('nan')
print(hash(n1) == hash(n1), sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.hash_info.imag)
print(hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(2, 7)), hash(Decimal('0.1')), hash(Decimal('-12.75')), hash(Decimal('1e100')), hash(Decimal('inf')))
print(hash(1j), hash(2 + 3j), hash(complex(-1, -1)), hash(complex(0.5, 0)) == hash(0.5))
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(hash(-1), hash(-2), hash(-1.0), hash(Fraction(-1)), hash(Decimal(-1)), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
