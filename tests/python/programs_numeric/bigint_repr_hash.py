# Huge integers: str, repr, hash, comparisons with floats.
import sys
n = 2 ** 200 - 1
print(n)
print(repr(-n))
print(hash(n), hash(-n), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(-1), hash(-2))
print(hash(1.5), hash(-1.5), hash(1e100), hash(float('inf')), hash(float('-inf')), hash(0.1))
print(hash(10 ** 30) == hash(float(10 ** 30)) or 'diff', hash(2.0 ** 70) == hash(2 ** 70))
print(hash(complex(1, 2)), hash(complex(0, 1)), hash(complex(3, 0)) == hash(3))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)), hash(Decimal('0.5')) == hash(0.5))
print(hash(Decimal('1.1')), hash(Decimal(12345)))
print(2 ** 64 == 2.0 ** 64, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > float('inf'), -10 ** 400 < float('-inf'))
print(10 ** 400 > 1e308, 10 ** 400 < float('nan'), 10 ** 400 == float('nan'))
m = 10 ** 50
print(m * m, m + 1, m - 10 ** 49 * 9, -m // 3, abs(-m), -(-m))
print(int('9' * 60) + 1)
print(sys.maxsize, -sys.maxsize - 1, sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print((2 ** 63) * 2, -(2 ** 63), (-(2 ** 63)) // -1, -(-(2 ** 63)) ** 1)
print(abs(-(2 ** 63)), (2 ** 63 - 1) + 1, -(2**63) - 1, (2 ** 64) >> 1, 1 << 64, -1 << 70)
print(format(2 ** 100, ','), format(2 ** 100, '_x'), format(-2 ** 100, '#b')[:20])
print(str(7 ** 77)[::-1][:30], len(str(7 ** 777)))
x = 1
for i in range(1, 30):
    x *= i
print(x, x % 1000003, x.bit_length())
print(round(10 ** 30 + 5, -1), round(-(10 ** 30) - 5, -1), round(2 ** 70, -20))
print(max(2 ** 70, 1e21), min(-2 ** 70, -1e21), sorted([2 ** 65, 1e19, 3, -2 ** 64, 1.5]))
print(int(1e20), int(-1e22), int(2.0 ** 100), float(2 ** 100), float(-(3 ** 50)))
print(divmod(10 ** 40, 7 ** 20), pow(10 ** 20, 3) // 10 ** 59)
