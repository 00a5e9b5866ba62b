# Old-style % formatting, as older HackerRank/textbook solutions print their tables
rows = [("Alice", 93.456, 3, "A"), ("Bob", 71.0, 12, "C"), ("Charlotte", 88.75, 7, "B"), ("Dee", 59.999, 101, "F")]
print("%-10s|%8s|%5s|%3s" % ("name", "score", "rank", "gr"))
print("%s+%s+%s+%s" % ("-" * 10, "-" * 8, "-" * 5, "-" * 3))
for name, score, rank, grade in rows:
    print("%-10.8s|%8.2f|%5d|%3c" % (name, score, rank, grade))
print("%(n)s scored %(s).1f%% (%(r)03d)" % {"n": "Eve", "s": 99.95, "r": 4})
print("%5.1c|%-5c|%.0c|%c%c" % ("x", 66, 67, 0x263A, "é"), b"%3c|%.0c" % (65, b"z"))
print("%x %X %#x %#o %o %e %E %g %G %r %a" % (255, 255, 255, 8, -8, 12345.678, 0.000123, 1e-5, 1e20, "q'", "é"))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))
print("%+d % d %05d %-5d| %+.2e %.3g %10.4s|" % (7, 7, -42, -42, 1234.5, 0.0001234, "truncate"))
print("%s %s %s %s" % (None, True, [1, (2,)], {"k": {1}}), "%d%%" % 50, "%.2f" % 2.675, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
for bad in [("%d", "x"), ("%c", 0x110000), ("%c", "ab"), ("%s %s", (1,)), ("%z", 1), ("%(k)s", 1), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{bad[0]!r} % {bad[1]!r}: {type(e).__name__}: {e}")
