# round() with ndigits, positive and negative, for ints and floats.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.25, 0.35, 2.675, 1.005, 1234.5678]:
    print(repr(x), round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
for n in [5, 15, 25, 35, -25, 145, 150, 250, 1250, 1350, 999, -999, 10 ** 20 + 50]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3), round(n, -30))
print(round(1e300, -300), round(1e300, 300), round(0.1, 400), round(123.456, -400))
print(round(5e-324, 323), round(5e-324, 324), round(1.5e-323, 323))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1234, 100), 1), round(Fraction(-5, 2), -1), repr(round(Fraction(22, 7), 3)))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('1.2345'), 2), round(Decimal('1234.5'), -2), repr(round(Decimal('0.125'), 2)))
prices = [19.995, 4.445, 0.285, 10.005, 99.995]
for p in prices:
    print(f"{p!r:>8} round2={round(p, 2)!r:<8} fmt={p:.2f} dec={Decimal(str(p)).quantize(Decimal('0.01'))}")
print(sum(round(p, 1) for p in prices))
