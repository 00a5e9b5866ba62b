# decimal: precision, quantize with rounding modes, localcontext.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP, Context
import decimal
print(getcontext())
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10) ** -3, Decimal('1.30') + Decimal('1.20'), Decimal('1.1') * 3)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, +Decimal('123456789'), Decimal('1234567.89') * 1)
getcontext().prec = 28
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for v in ['2.345', '2.355', '-2.345', '2.350', '-2.355', '0.005', '2.301', '2.051']:
    row = [str(Decimal(v).quantize(Decimal('0.01'), rounding=m)) for m in modes]
    print(f"{v:>7}", ' '.join(f"{r:>6}" for r in row))
print([m for m in modes])
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, Decimal('9.999') + 0, ctx.prec)
print(Decimal(2) / 3)
with localcontext(prec=50) as ctx:
    print(Decimal(2).sqrt())
c = Context(prec=5, rounding=ROUND_HALF_UP)
print(c.divide(Decimal(1), Decimal(3)), c.add(Decimal('1.23456'), 0), c.create_decimal('3.1415926'), c.power(2, 10))
print(Decimal('1234.5678').quantize(Decimal('1e2')), Decimal('1234.5678').quantize(Decimal('1.')), Decimal('7.325').quantize(Decimal('.01'), ROUND_HALF_UP))
try:
    Decimal('1e30').quantize(Decimal('0.01'))
except decimal.InvalidOperation as e:
    print(type(e).__name__, e)
print(Decimal('1.2300').normalize(), Decimal('100').normalize(), Decimal('0.00').normalize(), Decimal('-0').normalize())
print(Decimal('12.345').to_integral_value(), Decimal('12.5').to_integral_value(ROUND_HALF_UP), Decimal('-12.5').to_integral_exact())
print(Decimal('3.14159').as_tuple(), Decimal('-0.00').as_tuple(), Decimal('inf').as_tuple(), Decimal('1.5').as_integer_ratio())
print(Decimal('123.456').adjusted(), Decimal('0.001').adjusted(), Decimal('1e10').exponent if hasattr(Decimal, 'exponent') else Decimal('1e10').as_tuple().exponent)
money = [Decimal('19.99'), Decimal('5.01'), Decimal('0.333')]
total = sum(money, Decimal(0))
print(total, total.quantize(Decimal('0.01')), f"{total:.2f}", f"{total:>12,.3f}", f"{Decimal('1234567.891'):,}", f"{Decimal('0.5'):%}")
