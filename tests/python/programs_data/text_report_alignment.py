rows = [("Zürich", 421878, 87.88, 0.0412), ("São Paulo", 12325232, 1521.11, 0.1234), ("Oslo", 709037, 454.03, -0.0051),
        ("Kraków", 779115, 326.85, 0.002), ("München", 1488202, 310.7, 0.0333)]
hdr = ("City", "Population", "Area km²", "Growth")
w = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(4)]
print(f"{hdr[0]:<{w[0]}} | {hdr[1]:>{w[1] + 2}} | {hdr[2]:>{w[2] + 2}} | {hdr[3]:>8}")
print("-+-".join("-" * n for n in (w[0], w[1] + 2, w[2] + 2, 8)))
for city, pop, area, growth in sorted(rows, key=lambda r: -r[1]):
    print(f"{city:<{w[0]}} | {pop:>{w[1] + 2},} | {area:>{w[2] + 2}.1f} | {growth:>+8.2%}")
print(f"{'TOTAL':<{w[0]}} | {sum(r[1] for r in rows):>{w[1] + 2},} | {sum(r[2] for r in rows):>{w[2] + 2}.1f} |")
density = {c: p / a for c, p, a, _ in rows}
for c, d in sorted(density.items(), key=lambda kv: kv[1], reverse=True):
    bar = "█" * int(d / 1000)
    print(f"{c:>10.10} {d:>9,.0f}/km² {bar}")
print("{:^30}".format(" centred "), "[{:*<12}]".format("left"), "[{:#>12}]".format("right"))
print("{:>12}|{:<12}|{:^12}".format(1.5, "x", True), "{:e}|{:E}|{:g}|{:G}".format(12345.678, 0.00012, 1e-10, 2e20))
print(f"{1234567.891:_.2f} {0.5:.0%} {-0.0:+.1f} {float('inf'):>6} {float('nan'):^7}|", format(255, "08b"), format(-255, "#06x"))
print("%-10s|%10s|%05.1f|%+d|%x|%o|%e|%%" % ("left", "right", 3.14159, 42, 255, 8, 12345.6789))
print("{0:{1}}|{0:>{2}}".format("ab", 5, 7), "{:.{}f}".format(3.14159, 3), "{!r:>8}".format("q"))
print("{:,}".format(1234.5), "{:,.1f}".format(-1234567.25), "{:n}".format(1234567))
print(f"{'unicode':─^21}")
print("{:z}".format(1.5))
