import math
from dataclasses import dataclass
from decimal import Decimal
from datetime import date

data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"long list ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
print([(x, r) for x in data if (r := x % 3)])
total = 0
print([total := total + x for x in data], total)
import re
for line in ["key=value", "nope", "a=1"]:
    if m := re.match(r"(\w+)=(\w+)", line):
        print(m.groups())
chunks = iter(range(10))
while (chunk := [c for _, c in zip(range(3), chunks)]):
    print(chunk)

@dataclass
class User:
    name: str
    age: int

u = User("ann", 31)
x = 3.14159
width, prec = 10, 3
print(f"{u}")
print(f"{u!r}")
print(f"{u!s:>30}")
print(f"{x=}")
print(f"{x = :.2f}")
print(f"{u.name=}")
print(f"{u.age * 2 = }")
print(f"{x:{width}.{prec}f}|")
print(f"{x:<{width}}|{x:^{width}.2}|")
print(f"{'nested ' + f'{1+1}'}")
print(f"{12345678:,}", f"{12345678:_}", f"{255:#x}", f"{255:#o}", f"{255:#b}", f"{255:08b}")
print(f"{0.000123:e}", f"{0.000123:.2E}", f"{123456.789:g}", f"{1e20:g}", f"{0.5:%}", f"{0.1234:.1%}")
print(f"{-42:+d}", f"{42:+d}", f"{42: d}", f"{-3.5:=10.2f}", f"{42:*^11}")
print(f"{'abc'!r:>8}", f"{'abc'!a}", f"{'é'!a}", f"{3!s:>4}")
print(f"{Decimal('1.2345'):.2f}", f"{date(2024, 3, 5):%Y/%m/%d}", f"{date(2024, 3, 5)}")
print(f"{math.pi:.{prec}}", f"{1/3:.3g}", f"{1234.5:,.1f}", f"{-0.0:.1f}")
print(f"{{literal}} {x:.1f} {{}}")
print(f"{'a' if x > 3 else 'b'}", f"{[i**2 for i in range(4)]}", f"{ {'k': 1} }")
print(f"{True:d}", f"{True!r}", f"{None!r:>6}")
print(f"{3+4j}", f"{complex(1.5, -2):.1f}")
print(f"{1e100:.3}", f"{float('inf'):f}", f"{float('nan'):>6}")
items = {"apples": 3, "kiwis": 12}
for k, v in items.items():
    print(f"{k:<8}{v:>4d}")
print(f"{'x':=^9}")
print(f"{12:x<5}{12:0>5}{-12:05}")
print(f"{1_000_000.0:,.2f}", f"{123:,d}")
def fmt(n):
    return f"{n:{'>' if n > 0 else '<'}6}|"
print(fmt(5), fmt(-5))
print(f"{x!r:.4}" if False else "skip", f"{'multi'}" f"{'part'}")
