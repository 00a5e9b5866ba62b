# Integer powers rounded as libmpdec does them, powers of zero, exact remainder_near,
# divmod by zero, FloatOperation from Decimal(float), overflow/underflow of huge powers.
from decimal import Decimal as D, getcontext, localcontext, FloatOperation, Inexact, ROUND_DOWN

b = D("0.3261589015448758122062145048403181135654449462890625")
print(b ** 3, b * b * b, D(2) ** 100, D("1.0") ** 3, D("2.50") ** 2, D(2) ** -3, D(3) ** -5, D("-1.5") ** 7)
for base, exp in [("0.00", 2), ("-0.00", 3), ("-0.0", 2), ("0E+3", 2), ("0.00", "0.5"), ("0.00", -1), ("-0", -3), ("0.0", "2.0")]:
    print(base, exp, repr(D(base) ** D(exp)))
for a, m in [("0", "0"), ("5", "0"), ("-5", "-0")]:
    try:
        print(divmod(D(a), D(m)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    D(0) ** 0
except Exception as e:
    print(type(e).__name__, e)
print(D("123.4500").remainder_near(D("0.0428199801072970398507777645136229693889617919921875")))
print([str(D(a).remainder_near(D(m))) for a, m in [("10", "3"), ("10", "4"), ("10", "6"), ("-10", "6"), ("3.6", "1.3"), ("5", "2"), ("-6", "3")]])
print(D("0.1") ** 1000000000, D("-0.1") ** 1000000001, D(10) ** 999999, D("1.0000001") ** 10 ** 12)
try:
    D(10) ** 1000000
except Exception as e:
    print(type(e).__name__, e)
with localcontext() as c:
    c.prec = 5
    c.rounding = ROUND_DOWN
    print(D("3.14159") ** 3, D("9.99") ** -2, D("1.000001") ** 100)
getcontext().clear_flags()
D(1.5)
print(getcontext().flags[FloatOperation], getcontext().flags[Inexact])
getcontext().clear_flags()
D.from_float(1.5)
print(getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
try:
    D(0.5)
except FloatOperation as e:
    print(type(e).__name__, e)
getcontext().traps[FloatOperation] = False
