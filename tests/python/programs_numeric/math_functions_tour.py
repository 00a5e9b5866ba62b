# math: isclose, comb, perm, prod, fsum, gcd/lcm, isqrt, nextafter, ulp, factorial errors, logs, trig.
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
for bad in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.comb(5, -1), lambda: math.comb(5.0, 2), lambda: math.perm(-1), lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.gcd(1.5, 2), lambda: math.lcm('a'), lambda: math.prod([1, 'a']), lambda: math.fsum([math.inf, -math.inf]), lambda: math.ldexp(1.0, 10 ** 10), lambda: math.dist([1], [1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.comb(10, 3), math.comb(10, 11), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(5, 6), math.factorial(20), math.factorial(0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6), start=10), math.prod([2, 3.0]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-12, 18), math.gcd(0, 0), math.lcm(), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5), math.gcd(2 ** 100, 6 ** 50))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(True))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf), math.ulp(5e-324))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10), math.log(math.e), math.log(10 ** 400), math.log2(2 ** 1000 + 1), math.log(2 ** 2000, 2))
for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.atanh):
    print(f.__name__, f(0.5), f(-0.25))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist([0, 0], [3, 4]))
print(math.degrees(math.pi), math.radians(180), math.acosh(1), math.cosh(0), math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(100), math.exp2(10) if hasattr(math, 'exp2') else 1024.0)
for bad in (math.gamma,):
    for x in (0, -1, -1.5):
        try:
            print(x, bad(x))
        except ValueError as e:
            print(x, type(e).__name__, e)
print(math.sqrt(2), math.sqrt(10 ** 100), math.exp(1), math.pow(10, -2), math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20 + 0.5), math.trunc(-1e20))
