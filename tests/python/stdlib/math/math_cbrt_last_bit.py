# math.cbrt follows glibc, whose result is not always correctly rounded: cbrt(27.0) prints
# 3.0000000000000004 under CPython on Linux.
import math

for x in [27.0, 8.0, 1.0, 2.0, 3.0, 10.0, 0.001, 0.125, 1e-300, 1e300, 5e-324, 1e-310, 64.0, 1000.0,
          -27.0, -0.001, 123456.789, 2.0 ** 60, 3.0 ** 30, 0.0, -0.0]:
    print(repr(x), repr(math.cbrt(x)))
print(math.cbrt(float("inf")), math.cbrt(float("-inf")), math.cbrt(float("nan")))
print(math.cbrt(27), math.cbrt(True))
print(sum(math.cbrt(i / 7) for i in range(1, 2000)))
try:
    math.cbrt("8")
except TypeError as e:
    print(type(e).__name__, e)
