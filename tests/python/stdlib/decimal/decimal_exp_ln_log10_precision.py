# exp, ln, log10 correctly rounded at every precision, with their flags (CPython: libmpdec mpd_qexp/qln/qlog10).
from decimal import *
import decimal
for s in ['0','0.00','1','1.000','-0','2','0.5','1e-30','-1e-30','100','-100','1e5','1234.5678', '-inf','inf','nan','1e-10', '-1e10', '1e10', '0.999', '3e6']:
  d=Decimal(s)
  r=[]
  for f in (d.exp, d.ln, d.log10):
    c=getcontext().copy(); c.traps[InvalidOperation]=False; c.clear_flags(); c.traps[Overflow]=False
    try: r.append(str(f(c)) + ' ' + ','.join(k.__name__ for k,v in c.flags.items() if v))
    except Exception as e: r.append(type(e).__name__)
  print(s, r)
getcontext().rounding=ROUND_UP
print(Decimal(2).ln(), Decimal(2).exp())
c=Context(prec=5); print(c.exp(Decimal('2302.6')), c.exp(Decimal('-2302.6')), Context(prec=5,Emin=-10,Emax=10).exp(Decimal(-30)))
print(Decimal('1.0000000000001').ln(), Decimal('0.9999999999').log10(), Decimal(10).ln(), Decimal('1e-999').ln())
getcontext().prec=60
print(Decimal(3).ln(), Decimal('7.5').exp(), Decimal('123.456').log10(), Decimal(10).exp())
for p in range(1, 40, 3):
    getcontext().prec = p
    print(p, Decimal(2).exp(), Decimal('0.1').ln(), Decimal(7).log10())
