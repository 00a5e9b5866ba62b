rows = [("Widget", 1234.5, 0.1234, 42), ("Gadget", 98765.4321, -0.05, 7), ("Thingamajig", 0.5, 1.0, 12345)]
print(f"{'Name':<12}|{'Amount':>14}|{'Share':^9}|{'Qty':>7}")
print("-" * 12 + "+" + "-" * 14 + "+" + "-" * 9 + "+" + "-" * 7)
for name, amt, share, qty in rows:
    print(f"{name:<12}|{amt:>14,.2f}|{share:^9.1%}|{qty:>7,}")
print(f"{'TOTAL':<12}|{sum(r[1] for r in rows):>14,.2f}|")
print(f"{'centered':*^20}", f"{'left':.<10}", f"{'right':#>10}", f"{42:=+8}", f"{-42:=8}", f"{42:0=8}")
print(f"{3.14159:08.3f}", f"{3.14159:+.2e}", f"{1234567:_}", f"{0xFF:#x}", f"{255:#o}", f"{5:#b}", f"{255:08b}")
print(f"{1e-7:g}", f"{123456789.0:g}", f"{0.0001:g}", f"{1.5:G}", f"{1e20:,.0f}", f"{12.0:n}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{'abc':10}|", f"{123:10}|", f"{'abc':>{5}}|", f"{3.14159:{'.'}{2}f}", f"{'x'!r:>5}", f"{'é'!a}")
print("{:>10.2f}|{:<6d}|{:^7s}|".format(3.14159, 42, "hi"), "{0}{1}{0}".format("a", "b"), "{name}:{v:.1f}".format(name="n", v=2))
print("{:,}".format(1234567.891), "{:%}".format(0.25), "{:.2%}".format(1 / 3), "{:e}".format(0), "{:.3}".format(3.14159), "{:.3}".format("abcdef"))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{.real}".format(3 + 4j))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345), "%-6s|%6s|" % ("ab", "cd"), "%05d %x %X %o %e" % (42, 255, 255, 8, 1234.5))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%c%c" % (72, "i"), "%r" % "s", "%+d % d" % (5, 5), "%.3s" % "abcdef", "%*d|%-*d|" % (5, 1, 4, 2))
print(format(1234.5678, ",.1f"), format(-0.0, ".1f"), format(float("nan"), "10.2f") + "|", format(float("-inf"), "+"), format(True, "d"), format(True), format(None))
print(f"{10**20:,}", f"{-1234:,d}", f"{1234.5:_.2f}", f"{65:c}", f"{3:>5}{'|'}", f"{12345.6789:10.3g}|", f"{0.000012345:.3g}")
w = 7
for n in [1, 22, 333]:
    print(f"[{n:^{w}}] [{n:<{w}}] [{n:>{w}}] [{n:0{w}d}]")
print(f"{'':-<30}")
print(f"{1/3=}", f"{w=:>5}", f"{w * 2 = }", f"{rows[0][0]!r:>10}")
for bad in [("{:d}", 3.5), ("{:s}", 3), ("{:,s}", "x"), ("{:=}", "s"), ("{", 1), ("{0}{}", 1), ("{:.2d}", 3), ("{:x}", 1.0)]:
    try:
        print(bad[0].format(bad[1]))
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print(type(e).__name__, e)
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}), "{:>{width}.{prec}f}".format(2.71828, width=10, prec=3))
print("%.2f%%" % 99.5, "%i" % 3.9, "%s" % [1, 2], "%5.1s|" % "xyz", "%#x %#o" % (255, 8))
print(f"{1234.5:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
print(f"{3:{'>'}{'5'}}", f"{'text':^{w}.2}|")
print("{:08.2f}".format(-3.14159), "{:+08.2f}".format(3.14159), "{: .2f}".format(3.14159), "{:x<8.2f}".format(3.1))
print(format(12345678, ",").rjust(15, "."), "{:,.3f}".format(-0.0005))
"{:q}".format(1)
