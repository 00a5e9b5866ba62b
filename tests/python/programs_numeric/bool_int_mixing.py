# Booleans as numbers, comparisons chains with mixed numeric types, sorting and counting.
from fractions import Fraction
from decimal import Decimal
print(True + True, True * 10, True / 2, True // 2, -True, +True, ~True, abs(False), True ** 10, 2 ** True, divmod(True, True))
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)), max(True, 0.5), min(False, -0.0), sorted([True, 0, 0.5, False, -1]))
print(1 == 1.0 == Fraction(1) == Decimal(1) == True, 1 < 1.5 < Fraction(7, 4) < Decimal('1.8') < 2, 0 == -0.0 == False)
print(hash(True) == hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1)), len({1, 1.0, True, Fraction(1), Decimal(1)}))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, {0: 'a', False: 'b', 0.0: 'c'}, {True: 1}.get(1), {1.5: 'x'}.get(Fraction(3, 2)))
print(isinstance(True, int), type(True + 1).__name__, type(True & True).__name__, type(True | 0).__name__, type(True ^ False).__name__, type(True * 1.0).__name__)
print(str(True), repr(False), int(True), float(False), complex(True), format(True, 'd'), format(True, '.2f'), f"{True:>6}", f"{True!r:>6}", '%d %s %r' % (True, True, True))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).conjugate(), bool.__mro__)
print([i for i in range(10) if i % 3 == 0 or i % 5 == 0], sum(i * (i % 2 == 0) for i in range(10)), [x * (x > 0) for x in (-2, -1, 0, 1, 2)])
counts = [0] * 3
for v in [5, -3, 0, 8, -1, 0, 2]:
    counts[(v > 0) - (v < 0) + 1] += 1
print(counts, (5 > 3) - (5 < 3), (2 > 3) - (2 < 3))
try:
    bool.__new__(bool, 2)
    print(bool(2), bool(-0.0), bool(0j), bool(Fraction(0)), bool(Decimal('0.00')), bool(float('nan')))
except Exception as e:
    print(type(e).__name__, e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
