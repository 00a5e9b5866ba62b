import math
from functools import reduce


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


def to_base(n, base):
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


pairs = [(48, 18), (17, 5), (0, 9), (-12, 8), (270, 192), (2**40, 6**20)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)} math={math.gcd(a, b)} lcm={lcm(a, b)} math.lcm={math.lcm(a, b)}")
print(reduce(gcd, [84, 126, 210]), math.gcd(84, 126, 210), math.gcd())
print(reduce(lcm, range(1, 21)), math.lcm(*range(1, 21)), math.lcm())
print(ext_gcd(240, 46))
print(pow(3, -1, 11), pow(7, -1, 40))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
for n in (0, 5, 255, -255, 1000, 2**32, 36**3 - 1):
    print(f"{n:>12}: bin={bin(n)} oct={oct(n)} hex={hex(n)} b7={to_base(n, 7)} b36={to_base(n, 36)}")
    assert int(to_base(n, 36), 36) == n
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("z", 36), int("  42  "), int("1_000"))
for bad in ("12a", "", "0x", "1__0"):
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", 37)
except ValueError as e:
    print(type(e).__name__, e)
print(format(255, "b"), format(255, "#o"), format(255, "08X"), format(-42, "#x"), format(1234567, "_x"))
print(f"{10:#010b}", f"{3735928559:_X}", f"{0:#x}")
print(math.gcd(0, 0), lcm(0, 5))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).bit_length())
