print("%s and %s" % ("a", "b"), "%d%%" % 50, "%5d|%-5d|" % (42, 42), "%05d" % 42)
print("%.2f %10.3f %-8.1f|" % (3.14159, 2.71828, 1.5), "%e %E %g %G" % (12345.678, 12345.678, 0.00001234, 1e20))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8), "%c%c" % (72, "i"), "%r %s" % ("r", "s"), "%a" % "é")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 40})
print("%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%i %u" % (3.9, 7), "%+d % d" % (5, 5), "%.3s" % "abcdef")
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(e)
print(b"%s-%d" % (b"x", 5))
