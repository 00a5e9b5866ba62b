# math: number-theoretic, floating point and power functions with documented example values.
import math
print(math.comb(10, 3), math.perm(10, 3), math.perm(5), math.factorial(20), math.gcd(12, 18, 24), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(10), math.isqrt(10 ** 40), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod(range(1, 6), start=2))
print(math.fsum([.1, .1, .1, .1, .1, .1, .1, .1, .1, .1]), sum([.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.dist((1, 2), (4, 6)), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.copysign(1.0, -0.0), math.fabs(-3))
print(math.fmod(-10, 3), -10 % 3, math.remainder(10, 3), math.remainder(5, 2), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1e308), math.isinf(float('-inf')), math.isnan(float('nan')), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.trunc(2.9), math.ceil(-0.5), math.floor(2), math.exp(0), math.expm1(1e-10), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.pow(2, 0.5), math.sqrt(2), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0000000000000004, math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.atan2(-0.0, -1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.acos(1), math.asin(1), math.atan(1), math.cosh(0), math.sinh(0), math.tanh(0))
print(math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.gamma(0.5) ** 2, math.nextafter(0, 1), math.ulp(2 ** 52))
for bad in ['math.sqrt(-1)', 'math.log(0)', 'math.factorial(-1)', 'math.factorial(2.5)', 'math.comb(3, -1)', 'math.isqrt(-4)', 'math.exp(1000)', 'math.acos(2)', 'math.pow(0, -1)', 'math.fmod(1, 0)', 'math.gcd(1.5)', 'math.ldexp(1, 10000)']:
    try:
        print(eval(bad))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(bad, '->', type(e).__name__ + ':', e)
print(math.floor(-0.0), math.copysign(3, -0.0), math.fabs(-0.0), math.sqrt(0.0), math.ceil(1e300) == 10 ** 300, math.floor(float(2 ** 60)))
