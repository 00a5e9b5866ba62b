# decimal: signals, traps, exact conversion from float, comparisons, str/repr.
import decimal
from decimal import Decimal, getcontext, localcontext
print(Decimal(0.1))
print(Decimal(1.5), Decimal(-0.0), Decimal(float('inf')), Decimal(float('nan')), Decimal(2 ** 70), Decimal((1, (1, 2, 3), -2)))
print(repr(Decimal('1.10')), str(Decimal('1E+3')), repr(Decimal('-0')), Decimal('1e-7'), Decimal('0.0000001'), Decimal('123E-10'), Decimal('1.23e+20'))
print(Decimal('  12.5 '), Decimal('1_000.5'), Decimal('-Infinity'), Decimal('sNaN'), Decimal('NaN123'))
for bad in ['abc', '1.2.3', '', '1e', '--1']:
    try:
        Decimal(bad)
    except decimal.InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for expr in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(-1).sqrt(), lambda: Decimal('inf') - Decimal('inf'),
             lambda: Decimal(1) % 0, lambda: Decimal(5) // 0, lambda: Decimal(-1).ln(), lambda: Decimal('nan') < 1, lambda: Decimal('1e999999') * 10, lambda: Decimal(1) + 'x', lambda: Decimal([1, 2])]:
    try:
        print(expr())
    except Exception as e:
        print(type(e).__name__, e if not isinstance(e, decimal.DecimalException) else type(e).__mro__[1].__name__)
with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = False
    ctx.traps[decimal.InvalidOperation] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, Decimal(-4).sqrt())
    print(ctx.flags[decimal.DivisionByZero], ctx.flags[decimal.InvalidOperation], ctx.flags[decimal.Inexact])
with localcontext() as ctx:
    ctx.traps[decimal.Inexact] = True
    try:
        Decimal(1) / 3
    except decimal.Inexact as e:
        print('inexact', type(e).__name__, isinstance(e, ArithmeticError))
    ctx.clear_flags()
    print(Decimal(1) / 4, ctx.flags[decimal.Rounded])
print(Decimal('1.1') == 1.1, Decimal('1.5') == 1.5, Decimal(0.1) == 0.1, Decimal('2') == 2, Decimal('0.5') < 0.6, Decimal('1') < 2, 1.5 > Decimal('1.4'))
print(sorted([Decimal('1.5'), 1, 2.25, Decimal('-3')]), max(Decimal('2'), 2.5), Decimal('2.0') == Decimal('2.00'), hash(Decimal('2.0')) == hash(2))
try:
    print(Decimal('1.5') + 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(Decimal(2).ln(), Decimal(1).exp(), Decimal(100).log10(), Decimal(2).sqrt(), Decimal('0.5').exp())
print(Decimal(2) ** Decimal('0.5'), Decimal(-2) ** 3, Decimal(7) // Decimal(-2), Decimal(7) % Decimal(-2), divmod(Decimal(-7), Decimal(2)), -7 // 2)
print(Decimal('3.7').__floor__() if hasattr(Decimal, '__floor__') else 0, int(Decimal('-3.7')), float(Decimal('0.1')), Decimal('1.50').__round__(1), Decimal(5).is_signed(), Decimal(-5).copy_abs(), Decimal(3).copy_negate())
print(Decimal('1.20').compare(Decimal('1.2')), Decimal('1').compare_total(Decimal('1.0')), Decimal('NaN').is_nan(), Decimal('-inf').is_infinite(), Decimal('0e5').is_zero(), Decimal(3).max(Decimal(5)), Decimal('12.3').fma(2, 1))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError), decimal.FloatOperation.__mro__[1:3])
