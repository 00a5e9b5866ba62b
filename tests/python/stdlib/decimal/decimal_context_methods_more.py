# Context methods beyond the arithmetic ones, and flags set before a trapped signal is raised.
import decimal
from decimal import Decimal, Context, getcontext
c = Context(prec=6)
print(c.exp(1), c.ln(10), c.log10(Decimal('0.001')), c.logb(Decimal('1234')), c.fma(2, 3, 4))
print(c.number_class(Decimal('-0')), c.to_integral_exact(Decimal('2.5')), c.to_integral(Decimal('3.5')))
print(c.copy_abs(Decimal(-3)), c.copy_negate(Decimal(3)), c.copy_sign(Decimal(3), Decimal(-1)), c.copy_decimal(7))
print(c.same_quantum(Decimal('1.0'), Decimal('2.0')), c.scaleb(Decimal('1.5'), 3), c.remainder_near(Decimal(10), Decimal(6)))
print(c.is_finite(Decimal('inf')), c.is_nan(Decimal('nan')), c.is_qnan(Decimal('nan')), c.is_snan(Decimal('snan')), c.is_normal(Decimal('1e-999999')), c.is_subnormal(Decimal('1e-999999')))
print(c.compare_total(Decimal('1'), Decimal('1.0')), c.canonical(Decimal('2.50')), c.is_canonical(Decimal(1)), c.radix())
getcontext().clear_flags()
try:
    Decimal('9e999999') * 10
except decimal.Overflow as e:
    print(type(e).__name__, e.args)
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
