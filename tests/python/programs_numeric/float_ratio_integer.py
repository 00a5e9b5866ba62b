# as_integer_ratio, is_integer, float rounding helpers.
import math
for x in [0.5, 0.1, -2.75, 3.0, 1e20, 1e-5, 0.0, -0.0, 2 ** -1074, 123.456]:
    n, d = x.as_integer_ratio()
    print(repr(x), n, d, n / d == x, x.is_integer())
for x in [float('inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(x.is_integer())
print((5).as_integer_ratio(), True.as_integer_ratio())
for x in [2.5, -2.5, 3.5, 2.675, 0.125, -0.5, 1e20, 1.0000000001]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), round(x), round(x, 2), int(x))
for bad in (float('inf'), float('-inf'), float('nan')):
    for fn in (math.floor, math.ceil, math.trunc, round, int):
        try:
            print(fn(bad))
        except (ValueError, OverflowError) as e:
            print(fn.__name__, type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 1), round(-0.0), round(-0.4), repr(round(-0.4, 0)))
print(math.modf(3.75), math.modf(-3.75), math.modf(float('inf')), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4))
print(math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2))
print(math.copysign(3, -0.0), math.fabs(-2), math.isfinite(1e308), math.isfinite(float('nan')))
print(float.__round__(2.5), float.__round__(2.5, None), float.__trunc__(-2.5), (2.5).__floor__(), (2.5).__ceil__())
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__, type(math.floor(2.5)).__name__)
