vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e22, float("inf"), float("nan"), 0.000123456]
for v in vals:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, "g"), format(v, ".3g"), format(v, "%") if abs(v) < 1e10 else "-", format(v, "+.1f"), format(v, "10.2f"), format(v, "<10.1e") + "|")
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1.0, "#.0f"), format(1.5, "#g"), format(100.0, "g"), format(1e16, "g"), format(123456.0, "g"), format(1234567.0, "g"))
print(format(12.0, "n"), format(1e-5, ".1f"), format(-1e-5, ".1f"), format(1.23456789e8, ",.2f"))
print(format(1.5, "=+10.2f"), format(1.5, "010.2f"), format(-1.5, "010.2f"), format(1.5, "^+10.2f"))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2 ** 0.5, ".15e"))
