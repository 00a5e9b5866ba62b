# next_plus/next_minus/next_toward/max_mag/min_mag across precisions, powers of ten, subnormals and infinities.
from decimal import *
import random
r = random.Random(4)
vals = ['0', '-0', '1', '-1', '1000', '-1000', '9.999', '-9.999', '1E-1000026', '-1E-1000026', '9.999999999999999999999999999E+999999', '123456789012345678901234567890', '-0.000', '1E+5', 'inf', '-inf', '1.00', '0.1', '-100']
vals += [str(r.choice([-1, 1]) * r.randint(0, 10 ** r.randint(1, 35))) + 'E' + str(r.randint(-40, 40)) for _ in range(200)]
for p in (1, 3, 28):
    c = Context(prec=p, traps=[])
    for v in vals:
        d = Decimal(v)
        try:
            print(p, v, c.next_plus(d), c.next_minus(d), c.next_toward(d, Decimal(5)), c.max_mag(d, Decimal(-3)), c.min_mag(d, Decimal('-3.0')))
        except Exception as e:
            print(p, v, type(e).__name__)
