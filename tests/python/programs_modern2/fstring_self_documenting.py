# f-string "=" specifier (3.8) combined with conversions and format specs.
import datetime
from decimal import Decimal

user = "eric_idle"
member_since = datetime.date(1975, 7, 31)
delta = datetime.date(2019, 6, 1) - member_since
print(f"{user=} {member_since=}")
print(f"{delta.days=:,d}")
print(f"{user = }")
print(f"{user=!s}")
print(f"{user=!a:>15}")
print(f"{user!r:^20}|")
theta = 30
import math
print(f"{theta=}  {math.cos(math.radians(theta))=:.3f}")
price = Decimal("1234.5")
print(f"{price=:,.2f} {price=!r}")
items = [1, 2]
print(f"{items[0] + items[1] = }")
print(f"{'nested'=}")
print(f"{3.14159=:.2}")
width, prec = 10, 3
print(f"{math.pi=:{width}.{prec}f}|")
print(f"{None=}, {True=!s}")
x = "é"
print(f"{x=!a}")
