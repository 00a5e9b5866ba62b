# f-strings: nesting, =, conversions, specs from variables
import math
x, y, name = 10, 3.14159, "Weft"
width, prec, align = 12, 3, "^"
print(f"{x=}", f"{y = }", f"{name=!r}", f"{name=!s}", f"{x*2=}", f"{y=:.2f}", f"{ name = :>8}")
print(f"{y:{width}.{prec}f}|", f"{name:{align}{width}}|", f"{x:{'>'}{width // 2}}|")
print(f"{'nested ' + f'{x:03d}'}", f"{f'{x}'!r}", f"""{f'{f"{1+1}"}'}""")
print(f"{math.pi!r:>20}", f"{name!a}", f"{'é'!a}", f"{3.0!s:>6}")
d = {"k": [1, 2, {"z": "deep"}]}
print(f"{d['k'][2]['z']}", f"{d['k'][-1]}", f"{len(d)}")
print(f"{{braces}} {{{x}}} {x!r:}")
print(f"{'a' if x > 5 else 'b'}", f"{[i**2 for i in range(4)]}", f"{(lambda q: q*2)(4)}")
print(f"{x:#x} {x:#o} {x:#b} {x:08.3f} {-x:+} {x:,} {1e6:,.0f} {0.25:.0%}")
items = [("widget", 3, 4.5), ("gadget", 12, 0.75), ("doohickey", 1, 120.0)]
for item, qty, price in items:
    print(f"{item:<12}{qty:>4}{price:>10.2f}{qty*price:>10.2f}")
print(f"{'total':<12}{sum(q for _, q, _ in items):>4}{'':>10}{sum(q*p for _, q, p in items):>10.2f}")
multi = (f"a={x} "
         f"b={y:.1f} "
         "c=plain")
print(multi)
print(f"""triple {x
}""", rf"raw\n{x}", fr"{x}\t", f"\N{GREEK SMALL LETTER ALPHA}{x}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p}", f"{p:xyz}", f"{p!r}", f"{p!s}", f"{p=}", f"{p=:abc}", f"{p!r:>8}")
print(f"{x}" f"{y}", f'{"quoted"}', f"{'single'}", f"{x:}")
val = 12.3456
for spec in [".1f", "10", "<10", "e", "%"]:
    print(f"[{val:{spec}}]")
print(f"{3+4j}", f"{3+4j:.1f}", f"{1+0j:>10}", f"{complex(-0.0, 1)}")
print(f"{None!r} {True:d} {False:>6}")
try:
    print(f"{x:z}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{name:d}")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{x!r:^9}", f"{'%d' % 5}", f"{x:{'0'}{4}}")
print(f"{undefined_name}")
