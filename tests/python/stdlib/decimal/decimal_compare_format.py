from decimal import Decimal as D
import numbers
print(D(1) == 1, D('1.0') == 1.0, D('0.1') == 0.1, D(1) < 2, D('1.5') > 1.4, hash(D('1.5')) == hash(1.5), hash(D(7)) == hash(7), hash(D('0.25')))
print(sorted([D('1.5'), D('0.2'), D(1)]), max(D(1), D(2)), D('1.23').compare(D('1.3')), D(5).max(D(3)), D('nan') == D('nan'), D('2.50') == D('2.5'))
print(D('1.5').is_finite(), D('nan').is_nan(), D('-inf').is_infinite(), D(0).is_zero(), D(-1).is_signed(), D('1.234').number_class(), D('1.5').is_normal())
print(f'{D("1234.5678"):.2f}', f'{D("1234.5678"):,.2f}', f'{D("0.5"):%}', f'{D("0.125"):.1%}', f'{D("1234.5"):e}', f'{D("1234.5"):.2E}')
print(f'{D("1234.5"):g}', f'{D("0.00001234"):g}', f'{D("12"):>8}', f'{D("-12.5"):08.2f}', f'{D("12.5"):+}', format(D('1.10')), f'{D("2.5"):.0f}')
print(f'{D("3.5"):.0f}', f'{D("1e3"):f}', f'{D("inf"):>10}', f'{D(1):.3g}', f'{D("123456"):.3g}', f'{D("1.5"):^9}|', f'{D("7"):*<5}')
print(Decimal_from := D.from_float(0.5), D.from_float(1.1), isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), D(2).sqrt(), D('0.25').sqrt(), D('1e10').sqrt(), D(10).log10())
