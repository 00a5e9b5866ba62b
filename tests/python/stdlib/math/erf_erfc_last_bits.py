# math.erf and math.erfc agree with CPython to the last bit (CPython 3.11 calls the C library's
# erf/erfc, whose approximations differ from a correctly rounded result in some last digits).
import math

points = [i / 16 for i in range(-100, 101)] + [-27.5, -6.5, -6.0, -3.0, 1e-300, -1e-300, 1e-20,
                                                3.7e-9, 0.84375, 1.25, 2.857, 2.858, 27.9, 28.0, 30.0]
for x in points:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
for x in (float("inf"), float("-inf"), float("nan"), 0.0, -0.0):
    print(x, math.erf(x), math.erfc(x))
# NormalDist's cdf is built on erf
from statistics import NormalDist
nd = NormalDist(100, 15)
print([repr(nd.cdf(v)) for v in (55, 70, 85, 100, 115, 130, 145)])
