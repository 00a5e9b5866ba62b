# Exact variance over mixed numeric types, infinities and NaN; results must match CPython to the last bit.
from statistics import variance, pvariance, stdev, pstdev
from fractions import Fraction
from decimal import Decimal
import random

random.seed(5)
floats = [random.uniform(-1e6, 1e6) for _ in range(2000)]
print(variance(floats), pvariance(floats), stdev(floats), pstdev(floats))
print(variance([1e16, 1, 1e-16, -1e16, 3]), pstdev([0.1] * 7))
print(variance([1, 2, 3, 4]), pvariance([1, 2, 3, 4]), type(variance([1, 2, 3, 4])).__name__)
print(variance([Fraction(1, 3), Fraction(2, 7), 1]), pvariance([Fraction(1, 2), 1.5]))
print(variance([Decimal("0.1"), Decimal("0.25"), Decimal(3)]), stdev([Decimal("1.5"), Decimal("2.5")]))
print(variance([1, 2, float("inf")]), pvariance([1, float("nan")]))
print(variance([True, False, True]), pstdev([5]), pvariance([2.5]), variance([1, 3], xbar=2), pvariance([1, 3], mu=0))
print(stdev(iter([1.5, 2.5, 4.0])), pstdev(x / 10 for x in range(11)))
for data in ([float("-inf"), 1.0], [float("inf"), 2, 3]):
    try:
        print(stdev(data))
    except AttributeError as e:
        print(type(e).__name__, e)
