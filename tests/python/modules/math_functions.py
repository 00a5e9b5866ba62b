import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), round(math.cbrt(27), 12))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.exp(1), math.exp(0), math.expm1(1e-10), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, 0.5), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 10))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(2, 3, 4))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")), math.nextafter(1, 2), math.ulp(1.0))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
try:
    math.log(-1)
except ValueError as e:
    print(e)
