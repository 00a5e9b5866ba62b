DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"base {base} out of range")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def from_base(text, base):
    text = text.strip().upper()
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    value = 0
    for ch in text:
        d = DIGITS.find(ch)
        if d < 0 or d >= base:
            raise ValueError(f"invalid digit {ch!r} for base {base}")
        value = value * base + d
    return sign * value

def frac_to_base(x, base, places=8):
    out = []
    for _ in range(places):
        x *= base
        d = int(x)
        out.append(DIGITS[d])
        x -= d
        if x == 0:
            break
    return "0." + "".join(out)

for n in [0, 5, 255, -255, 1000, 2 ** 31 - 1, 36 ** 4]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    checks = [from_base(r, b) == n for r, b in zip(row, (2, 8, 16, 36))]
    print(f"{n:>11} " + " ".join(f"{r:>12}" for r in row), all(checks))
print(to_base(255, 16) == format(255, "X"), int("zz", 36), from_base("zz", 36))
for text, base in [("777", 8), ("19", 8), ("-ff", 16), ("101", 1)]:
    try:
        print(text, base, from_base(text, base) if base > 1 else to_base(5, base))
    except ValueError as e:
        print("error:", e)
print(frac_to_base(0.625, 2), frac_to_base(0.1, 2, 12), frac_to_base(0.5, 16), frac_to_base(1 / 3, 3))
print([to_base(i, 3).zfill(3) for i in range(9)])
