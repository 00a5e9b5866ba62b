# Katas that do arithmetic on numbers written as strings (and check against int)
from itertools import zip_longest


def add_strings(a: str, b: str) -> str:
    out, carry = [], 0
    for x, y in zip_longest(reversed(a), reversed(b), fillvalue="0"):
        carry, d = divmod(int(x) + int(y) + carry, 10)
        out.append(str(d))
    if carry:
        out.append(str(carry))
    return "".join(reversed(out)).lstrip("0") or "0"


def multiply(a: str, b: str) -> str:
    res = [0] * (len(a) + len(b))
    for i, x in enumerate(reversed(a)):
        for j, y in enumerate(reversed(b)):
            res[i + j] += int(x) * int(y)
            res[i + j + 1] += res[i + j] // 10
            res[i + j] %= 10
    return "".join(map(str, reversed(res))).lstrip("0") or "0"


def subtract(a: str, b: str) -> str:
    return str(int(a) - int(b))


def to_base(n: int, base: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


pairs = [("0", "0"), ("11", "123"), ("456", "77"), ("99999999999999999999", "1"), ("123456789" * 4, "987654321" * 3)]
for a, b in pairs:
    s, p = add_strings(a, b), multiply(a, b)
    print(s, p, s == str(int(a) + int(b)), p == str(int(a) * int(b)))
print(subtract("1", "1" + "0" * 30), to_base(255, 2), to_base(-255, 16), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36))
print([to_base(n, b) for n, b in ((0, 7), (7, 7), (49, 7), (123456, 20))], int("ZZ", 36), int("-1010", 2))
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)), str(f).rstrip("0")[-5:], sum(int(c) for c in str(f)))
print(str(2 ** 256)[:30], f"{2 ** 256:.3e}", (2 ** 256).to_bytes(33, "big")[:3], int.from_bytes(b"\xff" * 20, "little") + 1 == 2 ** 160)
