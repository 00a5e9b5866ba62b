# Ends with an uncaught decimal.InvalidOperation from a conversion.
from decimal import Decimal, InvalidOperation
prices = ['19.99', '5', '0.50', '1e2']
total = sum(Decimal(p) for p in prices)
print(total, total.quantize(Decimal('0.01')))
try:
    Decimal('12,50')
except InvalidOperation as e:
    print('caught', type(e).__name__, e)
print(Decimal('  7.25  ') * 2)
print(Decimal('abc'))
