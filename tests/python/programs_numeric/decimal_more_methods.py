# Decimal methods beyond arithmetic: next_plus/minus/toward, max_mag, compare_signal, logical ops, rotate, shift.
from decimal import Decimal as D, Context, InvalidOperation, localcontext
x = D('1.5')
print(x.next_plus(), x.next_minus(), x.next_toward(2), x.next_toward(1), D(0).next_plus(), D(0).next_minus(), D('-1').next_plus())
print(D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), D(2).max_mag(D(-2)), D(2).min_mag(D(-2)), D('1.0').max(D('1')), D('1').min(D('1.0')))
print(D('1.0').compare_total_mag(D('-1')), D('-2').compare_total_mag(D('1')), D(1).compare_signal(D(2)), D(2).compare(D(1)))
try:
    D('NaN').compare_signal(D(1))
except InvalidOperation as e:
    print(type(e).__name__)
print(D('1100').logical_and(D('1010')), D('1100').logical_or(D('1010')), D('1100').logical_xor(D('1010')), D('101').logical_invert()[-5:] if False else D('101').logical_invert())
try:
    D('12').logical_and(D('1'))
except InvalidOperation as e:
    print(type(e).__name__)
print(D('123456789').rotate(2), D('123456789').rotate(-2), D('123456789').shift(3), D('123456789').shift(-3), D('12').scaleb(3), D('1.5').scaleb(-2))
with localcontext(Context(prec=5)):
    print(D('12345').rotate(1), D('12345').shift(1), D('9.9999').next_plus(), D(1).next_minus())
print(D(5).logb(), D('0.001').logb(), D('1.5').number_class(), D('-0').number_class(), D('inf').number_class(), D('nan').number_class(), D('1e-999999').number_class())
print(D('7').remainder_near(D('4')), D('10').remainder_near(D('4')), D('-7').remainder_near(D('4')), D('1.50').same_quantum(D('2.00')), D('2.5').fma(D(2), D('0.5')))
