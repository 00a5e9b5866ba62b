# Why money in floats goes wrong, and how round/format/Decimal/Fraction differ for the same values.
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
amounts = [0.1, 0.2, 0.3, 1.005, 2.675, 1.115, 8.325, 0.615, 1234.565]
for a in amounts:
    exact = Decimal(a)
    print(f"{a!r:>9} round={round(a, 2)!r:<8} f2={a:.2f} half_up={Decimal(repr(a)).quantize(Decimal('0.01'), ROUND_HALF_UP)} exact={exact:.25f} frac={Fraction(a).limit_denominator(10000)}")
cart = [19.99, 5.49, 3.333, 0.01] * 3
print(sum(cart), round(sum(cart), 2), sum(Decimal(str(c)) for c in cart), sum(map(Fraction, map(str, cart))))
tips = [round(bill * 0.15, 2) for bill in (10.0, 23.45, 99.99, 7.7)]
print(tips, sum(tips), f"{sum(tips):.2f}")
print(0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10), round((0.1 + 0.7) * 10), int(round((0.1 + 0.7) * 10)))
print(1.1 + 2.2, 3.3 == 1.1 + 2.2, abs((1.1 + 2.2) - 3.3) < 1e-12, Decimal('1.1') + Decimal('2.2') == Decimal('3.3'))
price = 4.35
print(price * 100, int(price * 100), round(price * 100), int(Decimal(str(price)) * 100))
for n in range(1, 8):
    x = 1 / n
    print(n, x, repr(x * n), x * n == 1.0, Fraction(x) * n == 1)
