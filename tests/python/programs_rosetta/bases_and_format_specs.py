for n in (0, 5, 255, 4096, -42, 2 ** 40):
    print(f"{n:>14} {n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {bin(n)} {oct(n)} {hex(n)}")
print(int("ff", 16), int("0b1011", 0), int("0o17", 0), int("z", 36), int("  -101  ", 2), int("1_000_000"))
def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print([to_base(26, b) for b in (2, 3, 7, 16, 26, 36)], to_base(-255, 16))
print(format(1234567.891, ",.2f"), format(1234567, "_"), format(1234567, "_x"), format(0.5, "%"), format(0.125, ".1%"))
print(f"{255:08b}|{255:#010x}|{-255:#x}|{3:c}|{65:c}|{1e6:g}|{1e16:g}|{123456789:e}|{0.000012345:.3g}")
print(f"{'abc':>{5}}|{3.14159:{8}.{3}f}|{12:{'+'}}|{-0.0:+}|{float('nan'):>6}|{float('-inf'):<6}|")
print(format(12, "n"), format(1234.5, "n"), format(10**20, ","), format(-1.5e-7, ".2E"))
print(f"{1.0:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1e22:.1f} {1/3:.20f}")
for spec in ("<10", ">10", "^10", "*^10", "0>10", "+", " ", "-"):
    print(repr(format(42, spec)), repr(format(-4.5, spec)))
try:
    format(3.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
