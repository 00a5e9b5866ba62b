# format() on float: e E f F g G n % with precision, width, signs, grouping, special values
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e16, 1.5e-7, 123456.789, 2.5, 0.5, 1e100, float("inf"), float("-inf"), float("nan"), 0.1 + 0.2]
specs = ["", "f", ".0f", ".2f", "e", ".3e", "E", "g", ".3g", "G", "#g", ".0e", "#.0e", "#.0f", "%", ".2%", "n",
         "+.1f", " .1f", "10.3f", "<10.2f", "^10.1f", "=+10.2f", "010.2f", ",.2f", "_.3f", "*>12,.1f", "+010.2e",
         "z.1f", ".1", ".10", "r"]
for spec in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append(f"<{e}>")
    print(repr(spec).ljust(10), " | ".join(row))
print(format(1.0, ".17g"), format(0.1, ".20f"), format(1/3, ".30f"), format(2**0.5, ".15e"))
print(format(1e22, "f"), format(1.23e-5, "f"), format(123.456, ".1g"), format(99999.5, ".5g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(-0.0001, ".2f"), format(-0.0001, "z.2f"))
print(f"{1234.5:,}", f"{1234.5:_}", f"{1e6:,.0f}", f"{-1e6:,}", f"{12345.6789:,g}")
for bad in ["d", "x", "c", "b", ",n", "#,", "s"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(str(1e16), repr(1e-5), str(123456789012345678.0), repr(1.1), str(-0.0), repr(1e22), repr(1.0e21), 5e-324)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
print(float.__format__(2.0, ""), int.__format__(3, ""), format(True, ""), format(True, "d"), format(False, "5"), format(True, ".2f"))
