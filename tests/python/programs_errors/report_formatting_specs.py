# Building a sales report with format specs; wrong specs raise ValueError/TypeError.
rows = [("North", 1234567.891, 0.1234, 42), ("South", -98765.4, -0.05, 7), ("East", 0.0, 1.0, 0)]
print(f"{'Region':<8}|{'Revenue':>15}|{'Growth':>8}|{'Units':>6}")
for region, revenue, growth, units in rows:
    print(f"{region:<8}|{revenue:>15,.2f}|{growth:>8.1%}|{units:>6d}")
print(f"{'TOTAL':=^40}")

specs = [
    ("{:d}", 3.5), ("{:d}", "7"), ("{:.2f}", "7"), ("{:,}", "abc"), ("{:x}", 2.0), ("{:c}", -1),
    ("{:c}", 1114112), ("{:c}", 65.0), ("{:s}", 5), ("{:=10}", "text"), ("{:+}", "text"), ("{:#}", "text"),
    ("{:05}", "ab"), ("{:.3}", 12345), ("{:,.2e}", 1e6), ("{:_b}", 255), ("{:,o}", 8), ("{:%}", "x"),
    ("{:z.1f}", -0.04), ("{:=^12,.1f}", 12345.678), ("{:->+12.3e}", 0.000123), ("{:#x}", 255), ("{:#o}", 8),
    ("{:#b}", 5), ("{:#10.3g}", 3.0), ("{:n}", 1234567), ("{:10.4}", "truncate me"), ("{:<05d}", 42),
    ("{:d}", True), ("{:.2f}", True), ("{:>{w}}", "a"), ("{0:{1}}", 5), ("{:{}{}}", 1), ("{:.{prec}f}", 3.14159),
    ("{!r:>10}", "q"), ("{!s:.2}", [1, 2, 3]), ("{!a}", "é"), ("{!x}", 1), ("{0.real:.1f}", 3), ("{0[1]:>3}", "xyz"),
    ("{:,d}", 10 ** 20), ("{:e}", 10 ** 400), ("{:.1f}", float("nan")), ("{:+.1f}", float("-inf")), ("{:010.2f}", -3.5),
    ("{:^}", 5), ("{:\x00^5}", 5), ("{:€>6}", 5), ("{:.0%}", 0.125), ("{:.0f}", 0.5), ("{:.0f}", 1.5), ("{:g}", 1e-5),
]
for spec, value in specs:
    try:
        print(f"{spec!r:16} {value!r:14} -> {spec.format(value, w=6, prec=2)!r}")
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(f"{spec!r:16} {value!r:14} -> {type(e).__name__}: {e}")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec and spec not in ("short", "long"):
            raise ValueError(f"unknown Money format {spec!r}")
        amount = f"{self.cents / 100:,.2f}"
        return amount if spec == "short" else f"${amount}"

m = Money(1234599)
print(f"{m} {m:short}", format(m), "{:long}".format(m))
try:
    print(f"{m:euro}")
except ValueError as e:
    print("ValueError:", e)
print(f"{object():}"[:8])
try:
    print(f"{object():>10}")
except TypeError as e:
    print("TypeError:", e)
print(f"{rows[0][1]:,d}")
