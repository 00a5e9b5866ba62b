from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, getcontext, localcontext, InvalidOperation
import decimal

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("3")]
subtotal = sum(prices)
print(subtotal, repr(subtotal))
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(tax, subtotal + tax)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("-2.5").to_integral_value(ROUND_HALF_UP))
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal("1") / Decimal("3"), Decimal("10") / Decimal("4"), Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("2"), Decimal("100").sqrt(), Decimal(2).sqrt())
print(Decimal("1E+3"), Decimal("1e3") + 0, Decimal("123.4500").normalize(), Decimal("0.000001"), Decimal("0.0000001"))
print(Decimal("-0"), Decimal("Infinity"), Decimal("nan"), Decimal("-Inf") < 0)
print(Decimal((0, (1, 4, 1, 4), -3)), Decimal("3.14").as_tuple(), Decimal("3.14").as_integer_ratio())
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('42'):>8}", f"{Decimal('1.5'):e}")
print(round(Decimal("3.14159"), 2), round(Decimal("2.5")), int(Decimal("-3.9")), float(Decimal("1.25")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(getcontext().prec, Decimal(1) / Decimal(7))
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print(type(e).__name__, e)
try:
    Decimal("1.1") + 1.1
except TypeError as e:
    print(type(e).__name__, e)
print(Decimal("1.1") + 1, Decimal(3) == 3, Decimal("0.5") == 0.5, Decimal("1.10") == Decimal("1.1"))
print(sorted([Decimal("1.0"), Decimal("0.99"), Decimal("1")]), max(Decimal("2"), Decimal("2.0")))
def split_bill(total, n):
    share = (total / n).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    rest = total - share * n
    return [share + (Decimal("0.01") if i < rest * 100 else 0) for i in range(n)]
print(split_bill(Decimal("100.00"), 3), sum(split_bill(Decimal("100.00"), 3)))
rate = Decimal("0.05")
bal = Decimal("1000")
for year in range(1, 4):
    bal = (bal * (1 + rate)).quantize(Decimal("0.01"))
    print(f"year {year}: {bal:>10}")
print(Decimal("12.345").quantize(Decimal("1.00")), Decimal(5).compare(Decimal(3)), Decimal("-1.5").copy_abs())
print(Decimal("1.23E-7").adjusted(), Decimal("12e2").to_eng_string(), Decimal("123e5").to_eng_string())
print(Decimal("10").max(Decimal("9")), Decimal("7").is_signed(), Decimal("-7").is_signed(), hash(Decimal("1.0")) == hash(1))
Decimal("1.5").quantize(Decimal("1e30"))
