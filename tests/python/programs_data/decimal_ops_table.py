# A table of Decimal operations over awkward operands (exponents, zeros, rounding modes).
from decimal import Decimal as D, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP

def safe(f):
    try:
        return str(f())
    except Exception as e:
        return type(e).__name__

vals = ["0", "-0", "0.00", "1E+2", "1.000", "123.4500", "-0.000001", "9.999", "2.5", "-1.5", "1E-30", "12345678901234567890.123", "0.3261589015448758122062145048403181135654449462890625"]
for a in vals:
    for b in ["3", "-0.7", "0", "2.50"]:
        x, y = D(a), D(b)
        print(f"{a:>26} {b:>5}", " ".join(safe(f) for f in (lambda: x + y, lambda: x * y, lambda: x / y, lambda: x // y, lambda: x % y,
              lambda: divmod(x, y), lambda: x.remainder_near(y), lambda: x ** 2, lambda: x ** -1, lambda: y ** 3)))
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP):
    print(f"{mode:<16}", [str(D(v).quantize(D("0.1"), rounding=mode)) for v in ["1.25", "1.35", "-1.25", "1.05", "1.15", "-0.05", "2.999"]])
with localcontext() as c:
    c.prec = 6
    print([str(D(v) ** n) for v, n in [("3.14159", 3), ("9.99", -2), ("1.000001", 100), ("2", 64), ("0.5", 20)]])
print(D(0) ** 0)
