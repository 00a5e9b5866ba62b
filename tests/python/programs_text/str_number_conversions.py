samples = ["42", "-17", "+3", "  12  ", "1_000_000", "0x1F", "0o17", "0b1010", "3.14", "1e3", "-.5", "5.", "inf", "-nan", "1,000", "12abc", "", "٤٢", "१२३", "¾", "0", "00", "007"]
print(f"{'text':<12}{'int()':<14}{'int(,0)':<14}{'float()':<16}{'isdigit':<9}{'isdecimal':<10}{'isnumeric'}")
for s in samples:
    cells = []
    for fn in (lambda x: int(x), lambda x: int(x, 0), lambda x: float(x)):
        try:
            cells.append(repr(fn(s)))
        except ValueError as e:
            cells.append("ValueError")
    print(f"{s!r:<12}{cells[0]:<14}{cells[1]:<14}{cells[2]:<16}{s.isdigit()!s:<9}{s.isdecimal()!s:<10}{s.isnumeric()}")
for base in (2, 8, 16, 36):
    print(base, int("101", base), int("zz", 36) if base == 36 else int("ff", 16) if base == 16 else int("17", 8) if base == 8 else int("1111", 2))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 255, -255, 2**64, 36**3 - 1]:
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)], bin(n), oct(n), hex(n))
print(str(123), str(-0.0), str(1e100), str(12345678901234567890), repr(0.1), str(1/3), ascii(1.5), format(1e-7), f"{1e-7}")
print(float("1.7976931348623157e308"), float("1e309"), float("2.2250738585072014e-308"), float("5e-324"), float("1e-400"))
print(int(3.99), int(-3.99), int(True), int("  -0  "), float(" -0 "), int(1e20), round(2.675, 2), float.fromhex("0x1.8p1"), (1.5).hex())
int("3.0")
