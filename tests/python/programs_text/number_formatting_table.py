import math
values = [0, 1, -1, 3.14159265, -2.71828, 1234567.891, 0.000123456, 1e21, -1e-10, math.pi * 1e8, 2**53, 255, 7/3]
specs = [">12", ">12.3f", ">12.3e", ">12.3g", ">+12.2f", ">12,", ">12_.1f", "^12.2%", "<12.4", "012.2f"]
print("value".ljust(16) + "".join(s.center(13) for s in specs))
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s) + " ")
        except ValueError as e:
            row.append(("ERR:" + str(e))[:12].rjust(12) + " ")
    print(repr(v).ljust(16) + "".join(row))
for n in [0, 5, 42, 255, 1000, 65535, 2**31 - 1, -17]:
    print(f"{n:>12d} {n:>#12b} {n:>#10o} {n:>#8x} {n:>#8X} {n:>12,} {n:>+6}")
for p in range(0, 8):
    print(p, f"{math.pi:.{p}f}", f"{math.e:.{p}e}", f"{1/7:.{p}g}", f"{2/3:.{p}%}", round(math.pi, p))
print(f"{1e-5:g} {1e-4:g} {1e15:g} {1e16:g} {123456789:g} {0.1:g} {100:g} {1e100:g}")
print(f"{1.0:#g} {1.0:#.3g} {100.0:#.2g} {0.0:#e} {12.0:#.0f}")
print(f"{float('nan'):>8} {float('inf'):<8}| {-math.inf:^8} {float('nan'):08.2f} {math.inf:+}")
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), round(-2.5), round(-3.5), round(0.5), round(1.5), divmod(-7, 2), -7 // 2, -7 % 2)
print(f"{12345.6789:10.2f}|{-12345.6789:<12,.1f}|{0.5:^9.0%}|{1e-3:.2e}|{-0.0:+.1f}|{0.0:-.1f}")
