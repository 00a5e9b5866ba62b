# inf and nan through arithmetic, comparisons, min/max, sorting, math functions and formatting.
import math
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf ** 0, 0 ** inf if False else 0.0 ** inf, inf ** -1, (-inf) ** 3, (-inf) ** 2)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, nan == nan, nan < 1, nan > 1, nan != nan, inf == inf, -inf < inf, inf > 10 ** 1000)
print(max(1, nan), max(nan, 1), min(nan, 1), min(1, nan), sorted([3, nan, 1, 2]) if False else 'sort-skip', max([inf, -inf, 0]), min([inf, 5]))
print(math.isinf(inf), math.isnan(nan), math.isfinite(inf), math.copysign(inf, -1), math.fabs(-inf), math.sqrt(inf), math.exp(-inf), math.log(inf), math.atan(inf), math.tanh(-inf))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.fsum([inf, 1]), math.fsum([nan, 1]), sum([inf, -inf]), math.floor(1e300))
for f in (math.sqrt, math.log, math.acos, math.asin, math.atanh, math.acosh):
    for x in (-inf, -1.5, 2.0):
        try:
            print(f.__name__, x, f(x))
        except ValueError as e:
            print(f.__name__, x, type(e).__name__, e)
for spec in ('', 'f', '.2f', 'e', 'g', '%', '+', '010', '>8', 'E', 'F', 'G', '#g', ',', '=+9'):
    print(repr(spec), [format(v, spec) for v in (inf, -inf, nan, -nan)])
print(str(-nan), repr(-nan), math.copysign(1, -nan) if False else '', f"{inf:_}", '%f %e %g %F %E %G' % (inf, -inf, nan, inf, -inf, nan))
print(int(1e18), 1e18 == 10 ** 18, float('1e500') == inf, -float('1e500'), float('-0') == 0, (0.0).hex(), (-0.0).hex(), inf.hex(), nan.hex(), (-inf).hex())
print(inf.is_integer(), nan.is_integer(), round(2.5), math.ceil(-0.0), math.floor(-0.0), repr(math.trunc(-0.5)), repr(-0.0 // 1), repr(-0.5 // 1), repr(0.5 % -1))
