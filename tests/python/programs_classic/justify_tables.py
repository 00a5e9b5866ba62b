rows = [("Apple", 1.5, 120), ("Banana", 0.25, 1500), ("Cherry", 12.0, 7), ("Dragonfruit", 4.999, 42)]
header = ("Fruit", "Price", "Qty")
print(header[0].ljust(12) + header[1].rjust(8) + header[2].rjust(6))
print("-" * 26)
for name, price, qty in rows:
    print(name.ljust(12, ".") + f"{price:8.2f}" + str(qty).rjust(6))
print("=" * 26)
print("TOTAL".center(26, "*"))
print("|" + "mid".center(10) + "|" + "odd".center(8, "-") + "|" + "ab".center(5, "#") + "|")
print("|" + "x".center(4) + "|" + "xy".center(5) + "|" + "".center(3, "+") + "|")
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "3.14".zfill(8))
for w in (5, 10):
    print(f"[{'left':<{w}}] [{'right':>{w}}] [{'mid':^{w}}] [{'fill':*^{w}}]")
print(f"{'truncate me':.5}|{'pad':_>8.2}|{3.14159:^12.3f}|{-5:=+8}|{5:+}|{-5: }|{5: }")
print(f"{123456789:,}", f"{123456789:_}", f"{1234.5678:,.2f}", f"{0.4567:.1%}", f"{1e6:,.0f}", f"{-0.0:+.1f}")
print(f"{12:>08.3f}", f"{12:<08d}|", f"{12:^08}|", f"{'s':0>3}")
print(format(3.0, "g"), format(1e20, "g"), format(1.5e-7, "g"), format(100000.0, "g"), format(1e6, "g"))
print(format(1234.5, "e"), format(1234.5, ".2E"), format(0.1, ".20f"), format(2.5, ".0f"), format(3.5, ".0f"))
print("{:>6}|{:<6}|{:^6}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name:>{w}}".format(name="z", w=4))
print("{!r:>10}".format("q"), "{0[1]}".format([7, 8]), "{0.real}".format(3 + 4j), "{:%}".format(0.25))
table = [["id", "name", "score"], [1, "ann", 93.5], [22, "bob", 8], [333, "christina", 100]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(str(c).rjust(w) if isinstance(c, (int, float)) else str(c).ljust(w) for c, w in zip(r, widths)))
print("tab\tsep\tcols".expandtabs(), "a\tbb\tccc".expandtabs(4), repr("x\ty".expandtabs(0)))
print("%-8s|%8s|%08.3f|%+d|%x|%o|%e|%5.1f%%" % ("ab", "cd", 3.14159, 5, 255, 8, 12345.678, 99.44))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30}, "%c%c" % (72, "i"), "%r" % "s", "%5s|%-5s|" % ("a", "b"))
print("%.3s" % "abcdef", "%*d" % (5, 42), "%-*d|" % (5, 42), "%#x %#o" % (255, 8), "%s" % (1,))
