# printf-style % formatting
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (3.9, -2.1, 7), "%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%.2f|%10.3f|%-10.1f|%010.2f|%+.0f|%#.0f" % (3.14159, 2.71828, 1.5, -1.5, 2.5, 3.0))
print("%e|%E|%.2e|%g|%G|%.3g|%#g" % (12345.678, 0.00012, 1e10, 1e-5, 1e20, 3.14159, 1.0))
print("%c%c%c" % (72, "i", 0x263A))
print("%s" % [1, 2], "%s" % (None,), "%r" % {"a": 1}, "%%d", "100%%" % ())
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Zed", "age": 40})
print("%(x)5.1f|%(x)-8.2e|" % {"x": 3.14159})
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 3, 3.14159, 10, 2, 2.71828))
print("%s" % "single", "%s %s" % ("a", "b"), "%s" % ((1, 2),))
print("%5s|%-5s|%.2s|%5.1s" % ("ab", "ab", "abcdef", "xyz"))
print("%x" % -255, "%o" % -8, "%#x" % 0, "%d" % True, "%s" % True, "%.3d" % 7, "%8.3d" % -7)
print(b"%s %d %x %c %r" % (b"bytes", 5, 255, 65, b"q"), b"%(k)s" % {b"k": b"v"}, b"%5b|" % b"ab", b"%a" % "é")
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", "ab"), ("%c", 0x110000),
                  ("%*d", ("a", 1)), ("%", ()), ("%(a", {"a": 1}), ("%x", 1.5), ("%d", None), ("abc", 5), ("abc", ()),
                  ("%s %(a)s", {"a": 1}), ("%.2f", "s"), ("%i", [1])]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {"a": 1}, "%(a)s" % {"a": {"a": 1}}, "no args" % {}, "%s and %%" % "x")
print("%-10s|%10s" % ("left", "right"), "%3d%%" % 50)
print("%.0e %.1E %10.4g %-10.4G|" % (0.5, 15.0, 123456789.0, 0.000012345))
print("%.3s" % 3.14159, "%r" % 1.0, "%s" % 1e20, "%d" % 10**20, "%x" % 2**70, "%f" % 1e20)
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
for name, price, qty in table:
    print("%-10s %8.2f %5d %10.2f" % (name, price, qty, price * qty))
