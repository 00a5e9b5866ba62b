import re
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, InvalidOperation


class Solution:
    def fractionAddition(self, expression: str) -> str:
        total = sum(map(Fraction, re.findall(r"[+-]?\d+/\d+", expression)), Fraction(0))
        return f"{total.numerator}/{total.denominator}"

    def splitBill(self, total: str, people: int):
        cents = Decimal(total)
        share = (cents / people).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        shares = [share] * people
        remainder = cents - share * people
        i = 0
        while remainder > 0:
            shares[i] += Decimal("0.01")
            remainder -= Decimal("0.01")
            i += 1
        return shares


s = Solution()
for e in ["-1/2+1/2", "-1/2+1/2+1/3", "1/3-1/2", "5/3+1/3", "7/2+2/3-3/4"]:
    print(f"{e:>14} = {s.fractionAddition(e)}")
print(s.splitBill("100.00", 3), s.splitBill("10.01", 4), sum(s.splitBill("0.05", 3)))

prices = ["19.995", "2.675", "0.125", "0.135", "1.005", "-2.5", "1234.5678"]
for p in prices:
    d = Decimal(p)
    print(f"{p:>10} half_up={d.quantize(Decimal('0.01'), ROUND_HALF_UP)!s:>9} "
          f"half_even={d.quantize(Decimal('0.01'), ROUND_HALF_EVEN)!s:>9} "
          f"ceil={d.quantize(Decimal('1'), ROUND_CEILING)!s:>6} float_round={round(float(p), 2)!r:>8}")
print(Decimal("1.1") + Decimal("2.2"), 1.1 + 2.2, Decimal(1.1), Decimal("3.0") * Decimal("2.50"), Decimal("7") % Decimal("-3"), Decimal("-7") // Decimal("2"))
with localcontext() as ctx:
    ctx.prec = 4
    print(Decimal(22) / Decimal(7), Decimal("1.23456789") + 0, +Decimal("9.99999"))
print(Decimal(22) / Decimal(7), Decimal("1e-3").as_tuple(), Decimal("12.50").normalize(), Decimal("-0.00").is_signed())
print(Decimal("1.5").to_integral_value(), Decimal("2.5").to_integral_value(), int(Decimal("-3.9")), float(Decimal("0.1")), Decimal("NaN").is_nan())
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("0.9")]), max(Decimal("2"), 3), Decimal(5) == 5, Decimal("0.5") < Fraction(2, 3))
try:
    Decimal("1.2.3")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Fraction(3, 4) * 4, Fraction("3.1415").limit_denominator(1000), Fraction(1, 3) ** 2, Fraction(9, 4) ** Fraction(1, 2), abs(Fraction(-1, 2)))
print(Fraction(5, 10), Fraction(-3, -9), Fraction(0, 5), Fraction(7), Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
