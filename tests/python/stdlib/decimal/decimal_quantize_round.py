from decimal import *
D = Decimal
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP))
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(D(s).quantize(D('1'), rounding=mode)) for s in ['2.5', '-2.5', '1.5', '1.51', '-1.49', '0.5', '5.01', '-0.1']])
print(D('1').quantize(D('1.000')), D('2.5').to_integral(), D('3.5').to_integral_value(), D('3.7').to_integral_value(ROUND_FLOOR))
print(round(D('2.5')), round(D('3.14159'), 2), round(D('-0.5')), int(D('-3.9')), float(D('1.25')), D('1.20').normalize(), D('100').normalize())
import math
print(math.floor(D('-1.5')), math.ceil(D('1.2')), math.trunc(D('-7.9')), D('1.000').same_quantum(D('2.000')))
try:
    D('1e30').quantize(D('1'), context=Context(prec=5))
except InvalidOperation as e:
    print('InvalidOperation', e)
