name, age, height = "Ann", 32, 1.6789
print("%s is %d years old" % (name, age))
print("height: %.2f m, %5.1f, %-8.3f|" % (height, height, height))
print("%05d|%+d|%x|%X|%o|%e" % (42, 42, 255, 255, 8, 12345.678))
print("%(name)s has %(n)d items" % {"name": "cart", "n": 3})
print("100%% sure, %c%c" % (72, "i"))
print("%r %s" % ("quoted", "plain"))
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "truncate")
print("%s" % [1, 2], "%s" % (1,), "%s and %s" % (True, None))
rows = [("x", 1.5), ("longer", 22.25)]
for label, val in rows:
    print("%-8s%8.2f" % (label, val))
print("%g %g %g" % (0.00001, 123456789.0, 1.5))
