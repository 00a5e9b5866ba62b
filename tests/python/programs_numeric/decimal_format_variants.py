# Decimal and Fraction formatting: format specs, eng strings, scientific thresholds.
from decimal import Decimal as D
from fractions import Fraction
vals = [D('0'), D('-0.00'), D('1.5'), D('123.456'), D('-1234567.891'), D('1E+5'), D('0.000001234'), D('1.23E-10'), D('Infinity'), D('NaN'), D('100')]
for spec in ('', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',', ',.2f', '>12.3f', '<10', '^12,', '+.1f', ' ', '012.2f', 'n'):
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ERR ' + str(e))
    print(f"{spec!r:>8}:", ' | '.join(out))
for v in vals:
    print(str(v), repr(v), v.to_eng_string(), D(v).normalize(), v.is_signed())
for s in ('1E+1', '1E+2', '1.0E+3', '123E+3', '0.1E-6', '-5E-7', '12345678901234567890123456789012', '1E-1000'):
    d = D(s)
    print(s, str(d), d.to_eng_string(), d + 0, d.adjusted(), d.as_tuple().exponent)
for bad in ('x', '.2d', ',,'):
    try:
        print(format(D('1.5'), bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    print(format(Fraction(1, 3), '.3f'))
except TypeError as e:
    print(type(e).__name__, e)
print(format(Fraction(1, 3)), f"{Fraction(7, 2)!s:>8}", f"{float(Fraction(1, 3)):.5f}", '%s %r' % (Fraction(1, 3), Fraction(1, 3)))
