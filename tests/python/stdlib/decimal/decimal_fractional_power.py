# Non-integral powers: exp(y ln x) correctly rounded, exact results still flagged Inexact.
from decimal import *
cases = [('4','0.5'),('2','0.5'),('0.25','0.5'),('2','1.5'),('10','-0.5'),('1.5','2.5'),('100','0.25'),('3','1e-5'),('1e10','0.3'),('0','0.5'),('2','-1.5'),('9','0.5'),('8', '0.333'), ('1.0001', '10000.5'),('7','2.0'),('2','0.50'),('-8','0.5'),('0','-0.5'),('inf','0.5'),('2','inf'),('0.5','-inf'),('1','0.7'),('1.000','0.5')]
for a, b in cases:
    c = getcontext().copy(); c.clear_flags(); c.traps[InvalidOperation] = False; c.traps[DivisionByZero]=False
    try:
        r = c.power(Decimal(a), Decimal(b))
        print(a, b, r, ','.join(k.__name__ for k, v in c.flags.items() if v))
    except Exception as e:
        print(a, b, type(e).__name__)
c = Context(prec=1)
print(c.power(Decimal('2.25'), Decimal('0.5')), Context(prec=2).power(Decimal('2.25'), Decimal('0.5')))
