# Money arithmetic with decimal: quantizing, invalid input, and the signals that become errors.
from decimal import Decimal, InvalidOperation, DivisionByZero, ROUND_HALF_UP, getcontext, localcontext, Inexact
import decimal

prices = ["19.99", "5", "0.333", "1e2", "abc", "", "1,000.00", " 7.5 ", "NaN", "-0.00"]
total = Decimal("0")
for p in prices:
    try:
        d = Decimal(p)
        total += d
        print(f"{p!r:>10} -> {d!r}")
    except InvalidOperation as e:
        print(f"{p!r:>10} -> InvalidOperation {e!r}"[:80])
print("total", total)

cents = Decimal("0.01")
for v in ["2.675", "2.665", "-1.005", "123456789.995"]:
    print(v, Decimal(v).quantize(cents, rounding=ROUND_HALF_UP))

try:
    Decimal("1.00") / Decimal("0")
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__mro__[1].__name__, isinstance(e, ZeroDivisionError))
try:
    Decimal("0") / Decimal("0")
except InvalidOperation as e:
    print("InvalidOperation 0/0")
try:
    Decimal("-4").sqrt()
except InvalidOperation:
    print("InvalidOperation sqrt")
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Decimal(1) < "2"
except TypeError as e:
    print("TypeError:", e)
print(Decimal(1) == 1.0, Decimal("1.1") == 1.1, Decimal(1.1))
try:
    int(Decimal("NaN"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(Decimal("-Infinity"))
except OverflowError as e:
    print("OverflowError:", e)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact:
        print("Inexact trapped")
try:
    getcontext().prec = 0
except ValueError as e:
    print("ValueError:", e)
try:
    Decimal("1.5").quantize(Decimal("1e-30"))
    print("quantize ok")
    Decimal("12345678901234567890123456789").quantize(Decimal("0.01"))
except InvalidOperation:
    print("InvalidOperation quantize")
print(Decimal("10") % Decimal("3"), Decimal("-10") // Decimal("3"), divmod(Decimal("-7"), Decimal("2")))
print(Decimal("3.14159").as_tuple(), round(Decimal("2.5")), round(Decimal("2.567"), 2))
print(issubclass(InvalidOperation, ArithmeticError), decimal.FloatOperation.__mro__[1].__name__)
print(Decimal("1.20") + Decimal("abc"))
