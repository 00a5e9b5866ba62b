from decimal import Decimal as D, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext, InvalidOperation
hamburgers = D(4000000000000000)
milkshakes = D(2)
total = hamburgers * D("5.50") + milkshakes * D("2.86")
tax = (total * D("0.0765")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
print(f"total before tax: {total:>24,.2f}")
print(f"tax:              {tax:>24,.2f}")
print(f"total:            {total + tax:>24,.2f}")
print(D("1.1") + D("2.2"), D(0.1), D("1.30") * 2, D("10") / D("3"), D(1) / D(7))
with localcontext() as ctx:
    ctx.prec = 50
    print(D(2).sqrt(), D(1).exp())
print(D("2.675").quantize(D("0.01")), D("2.665").quantize(D("0.01"), rounding=ROUND_HALF_EVEN), round(D("2.5")), round(D("3.14159"), 3))
print(repr(D("-0.00")), D("1E+3").normalize(), D("100").normalize(), D("12.340").as_tuple(), D("NaN").is_nan(), D("-Infinity"))
print(sorted([D("1.5"), D("-2"), D("0.25")]), max(D("1"), D("1.0")), D("3") % D("-2"), D("-7") // D("2"), D(7).compare(D(8)))
try:
    D("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    D(1) / D(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__)
print(getcontext().prec, getcontext().rounding, D("123.456").to_integral_value(), int(D("-3.9")), float(D("0.1")))
