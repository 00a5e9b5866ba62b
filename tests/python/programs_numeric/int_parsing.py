# int() parsing with bases, underscores, whitespace and errors.
cases = [('42', 10), (' -17 ', 10), ('+0', 10), ('1_000_000', 10), ('0x1F', 16), ('0x1F', 0), ('1f', 16),
         ('0b1010', 0), ('0o17', 0), ('017', 8), ('z', 36), ('ZZ', 36), ('0_7', 0), ('07', 0), ('0', 0), ('00', 0),
         ('1__0', 10), ('_1', 10), ('1_', 10), ('', 10), ('  ', 10), ('12a', 10), ('0x', 16), ('0b2', 0),
         ('١٢٣', 10), ('1.5', 10), ('+-1', 10), ('0B11', 0), ('0XfF', 0), ('\t\n 99\x0c', 10), ('0x_ff', 16), ('0b_', 0)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
for b in (1, 37, -1):
    try:
        int('1', b)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: int(3.5, 10), lambda: int(None), lambda: int([1]), lambda: int('5', base=2.0), lambda: int(b'12'), lambda: int(b'12', 16),
            lambda: int(bytearray(b' 7 ')), lambda: int(float('inf')), lambda: int(float('nan')), lambda: int('inf'), lambda: int(x='5')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(True), int('  +12_3  '), int('-0'), int(1e10))
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 8
class HasTrunc:
    def __trunc__(self):
        return 9
print(int(HasInt()), int(HasIndex()))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(int(HasTrunc()))
print(int('10', HasIndex()))
from fractions import Fraction
from decimal import Decimal
print(int(Fraction(-7, 2)), int(Decimal('-3.9')), int(Decimal('1e3')))
try:
    int(Decimal('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(Decimal('-inf'))
except OverflowError as e:
    print(type(e).__name__, e)
print(int('1' * 50, 2), int('z' * 10, 36), int('-0x10', 16), int('0o-1', 0) if False else 'n/a')
try:
    print(int('x' * 100))
except ValueError as e:
    print(type(e).__name__, e)
