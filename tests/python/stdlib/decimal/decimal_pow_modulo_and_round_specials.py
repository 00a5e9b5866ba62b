# Three-argument pow of Decimals is exact integer arithmetic with the base's sign for an odd
# exponent; anything but integers (or a negative exponent, a zero modulus, 0**0) is
# InvalidOperation. round/floor/ceil of an infinity or NaN use the C module's messages.
import math
from decimal import Decimal as D, Context, InvalidOperation, localcontext

for a, b, m in [(-3, 7, 16), (3, 7, -16), ("-0", 17, 1729), (2, 10, 7), ("2.0", 3, 5),
                (-2, 3, -5), (10, 0, 3), ("1E+3", 2, 7), (7, "2E+1", 13)]:
    print(a, b, m, repr(pow(D(a), D(b), D(m))))
for a, b, m in [(2, -1, 5), ("2.5", 2, 5), (2, 2, 0), ("Inf", 2, 5), (0, 0, 3), (2, 3, "1E+40")]:
    try:
        print(a, b, m, pow(D(a), D(b), D(m)))
    except InvalidOperation as e:
        print(a, b, m, "InvalidOperation")
with localcontext(Context(traps=[])) as ctx:
    print(pow(D(2), D(-1), D(5)), pow(D("NaN"), 2, 5), ctx.flags[InvalidOperation])
print(Context().power(D(-3), D(7), D(16)), pow(D(12345678), 3, 1000))
for f in (round, math.floor, math.ceil):
    for v in ("Inf", "-Inf", "NaN"):
        try:
            f(D(v))
        except (ValueError, OverflowError) as e:
            print(f.__name__, v, type(e).__name__, e)
