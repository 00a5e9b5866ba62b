from dataclasses import dataclass
from datetime import datetime, date, timedelta
from decimal import Decimal
from fractions import Fraction
from enum import Enum

@dataclass
class V:
    x: float
    y: float
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

v = V(1.23456, -7.5)
name = "weft"
n = 42
print(f"{v}", f"{v:.2f}", f"{v!r}", f"{v!s}")
print(f"{v=}", f"{v=:.1f}", f"{v=!s}")
print(f"{name=}", f"{name = }", f"{name=!r:>10}|", f"{name=:>10}|")
print(f"{n=:#x}", f"{n * 2=}", f"{'quoted'=}")
print(f"{n:#_b}", f"{n:_x}", f"{123456789:_o}", f"{n:c}", f"{n:n}", f"{3.5:n}", f"{1234567.891:n}")
print(f"{Decimal('3.14159'):.3}", f"{Decimal('1234.5'):,}", f"{Decimal('-0.00'):f}", f"{Decimal('1e5'):f}", f"{Decimal('12.5'):%}")
print(f"{Fraction(1, 3)}", f"{float(Fraction(1, 3)):.4f}", format(Fraction(3, 4)))
dt = datetime(2024, 2, 29, 13, 5, 9, 1234)
print(f"{dt}", f"{dt:%Y-%m-%d %H:%M}", f"{dt:%A %B %d %j %I%p %f}", f"{dt!r}")
print(f"{dt.date():%d/%m/%y}", f"{timedelta(days=1, seconds=5)}", f"{dt:}")
print(f"{dt:%%literal %H}")
class Color(Enum):
    RED = 1
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.RED.value:03}", f"{Color.RED:>10}|")
print(f"{'abc':*<7}", f"{'abc':.2}", f"{'abc':>{n // 10}}", f"{3.14159:{'.3f'}}")
w = 8
for val in [1, 22.5, -333, "s"]:
    print(f"[{val:>{w}}] [{val!s:<{w}}] [{str(val):^{w}}]")
print(f"{1e-7}", f"{1e16}", f"{1.0}", f"{123456789012345678.0}", f"{0.1 + 0.2}")
print(f"{10**20}", f"{-1e-5:.1e}", f"{2**0.5:.15g}", f"{float('nan'):.2f}", f"{-float('inf'):+}")
print(f"{True!s:>6}", f"{None}", f"{[1, 'a']!r}", f"{(1,)}", f"{ {1: 'x'}!s}")
print(f"{'{'}{'}'}", f"{{}}", f"{{{n}}}", "{{n}}".format(), "{0}{{}}".format(5))
print(f"""{
    n
    +
    1
}""")
print(f"{n:{'>'}{10}}", f"{n:0{5}d}", f"{3.14159:.{2}f}")
print(f"{'a' 'b'}", f"{'x'!a}", f"{'ñ'!a}", f"{chr(0x1F600)!a}")
print(f"{n:,}", f"{-n:08,}" if False else f"{-1234567:012,}", f"{1234.5:012,.2f}")
print(f"{0:#b} {0:#o} {0:#x}", f"{-255:#X}", f"{255:#010x}")
print(f"{3:=+5}", f"{-3:=5}", f"{3:^+7}", f"{12.5:^+9.1f}")
print(format(1234, ","), format(1e6, ".0f"), format(2.5, ".0f"), format(3.5, ".0f"), format(0.5, ".0%"))
print(f"{complex(1, -1):>12}", f"{1j:.2f}", f"{complex(0, 0)}", f"{-0j}")
try:
    f"{n:.2d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{n:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:,d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{n:=^,5}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{-0.0:z.1f}", f"{-0.001:z.2f}", f"{0.0:z}")
