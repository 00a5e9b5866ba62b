from fractions import Fraction
from decimal import Decimal
from functools import reduce
from itertools import accumulate
import operator

txns = [("deposit", "100.00"), ("withdraw", "33.33"), ("deposit", "0.10"), ("deposit", "0.20"),
        ("withdraw", "abc"), ("fee", "1.5"), ("withdraw", "1000")]
bal = Decimal("0")
hist = []
for kind, amt in txns:
    try:
        value = Decimal(amt)
    except Exception as e:
        print(f"bad amount {amt!r}: {type(e).__name__}")
        continue
    if kind == "deposit":
        bal += value
    elif kind == "withdraw":
        if value > bal:
            print(f"insufficient funds for {value} (balance {bal})")
            continue
        bal -= value
    else:
        print(f"unknown kind {kind!r}")
        continue
    hist.append(bal)
print(hist, bal, bal == Decimal("66.97"))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3, sum([0.1] * 10), 1.1 * 3, 2.675 * 100)
import math
print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.prod([1.5, 2, 4]), math.comb(10, 3), math.perm(5, 2))
shares = [Fraction(1, 3), Fraction(1, 4), Fraction(1, 6)]
rest = 1 - sum(shares)
print(rest, [str(s) for s in shares], list(accumulate(shares)))
estate = 120000
for who, s in zip(["ann", "bob", "cy", "charity"], shares + [rest]):
    print(f"{who:<8}{str(s):>5}{float(s):>8.3f}{estate * s:>12,.2f}")
print(reduce(operator.add, shares), reduce(math.lcm, [s.denominator for s in shares]), math.gcd(12, 18, 30))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(f"{2.5:.0f}", f"{0.125:.2f}", f"{1e16}", 1e16, 123456789012345678.0, 1e-5, 0.0001, 1/3, -1/3, 2/3 * 3)
print(int(2.9999999999999996), float("0.1") * 3, 10 / 4, 10 // 4, -7 // 2, -7 % 2, 7 % -2, divmod(-7, 2), 2 ** -1, (-8) ** (1 / 3))
print(Decimal(1) / 3 * 3, Fraction(1, 3) * 3, (Decimal(1) / 3).quantize(Decimal(".01")), Decimal("0.1") * 3)
print(float.as_integer_ratio(0.5), (0.1).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(Decimal("100.00") / Decimal("3"))
print(Decimal(10) ** 30 + Decimal(1))
Decimal("1") / Decimal("0")
