import math
inf, nan = math.inf, math.nan
print(math.exp2(10), math.exp2(0.5), round(math.cbrt(-27), 12), round(math.cbrt(2), 12))
print(math.floor(-0.0), math.copysign(1, -0.0), math.fabs(-inf), math.sqrt(inf), math.exp(-inf), math.atan(inf))
print(math.isnan(inf - inf), math.isinf(inf * 2), math.hypot(inf, nan), math.fsum([inf, 1.0]), math.fmod(5.5, 2))
print(math.log(1), math.log(math.e ** 3), math.log(100, 10), math.log(2 ** 1000, 2), math.log10(0.001))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.cos(0.5) ** 2 + math.sin(0.5) ** 2)
print(math.prod(range(1, 11)), math.prod([0.5, 4]), math.comb(5, 0), math.comb(5, 6), math.perm(5, 0), math.perm(3, 4))
print(math.gcd(), math.gcd(-12, 8), math.lcm(), math.lcm(0, 5), math.isqrt(0), math.isqrt(99))
print(math.trunc(1e20), math.floor(1.5e16), math.ceil(1e-300), math.modf(-2.5), math.frexp(0.0), math.frexp(-1e300)[1])
for bad in (lambda: math.isqrt(-1), lambda: math.acos(2), lambda: math.comb(-1, 2), lambda: math.factorial(2.5), lambda: math.log(1, 1)):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
