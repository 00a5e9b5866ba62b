# frexp/ldexp/modf/fmod/copysign tables and float decomposition into sign, exponent, mantissa.
import math, struct
for x in [1.0, 0.5, 3.0, -10.0, 1e-310, 1e308, 0.1, -0.0, 2 ** 0.5, 1024.0, 5e-324]:
    m, e = math.frexp(x)
    bits = struct.unpack('>Q', struct.pack('>d', x))[0]
    sign, exp, frac = bits >> 63, (bits >> 52) & 0x7ff, bits & ((1 << 52) - 1)
    print(f"{x!r:>24} frexp=({m!r}, {e}) ldexp_ok={math.ldexp(m, e) == x} sign={sign} exp={exp:4d} frac={frac:013x} modf={math.modf(x)}")
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(1.5, 1023), math.ldexp(-0.0, 5), math.ldexp(3, 0), math.ldexp(1.0, -1080))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ldexp(1.0, 2.5)
except TypeError as e:
    print(type(e).__name__, e)
print(math.frexp(math.inf), math.frexp(-math.inf), math.modf(-math.inf), math.modf(math.nan), math.frexp(math.nan))
for a, b in [(5.5, 2), (-5.5, 2), (5.5, -2), (1e20, 3), (-0.0, 1), (7, math.inf)]:
    print(a, b, math.fmod(a, b), a % b, math.remainder(a, b), math.copysign(a, b))
for bad in [(1, 0), (math.inf, 1)]:
    try:
        print(math.fmod(*bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(math.nextafter(0, 1) == 5e-324, math.ulp(1e16), math.nextafter(1e16, math.inf) - 1e16, math.ulp(2 ** 52), [math.ulp(10.0 ** k) for k in range(-2, 3)])
