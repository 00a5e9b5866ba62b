# float ** and math.pow to the last bit on compound-interest style inputs, plus the exact and special cases.
import math
print(1.0525 ** 30, 1.07 ** 10, 1.001 ** 365, 2.0 ** 0.5, 10.0 ** -3, 0.5 ** 1074, 2.0 ** -1074, 3.0 ** 40)
print((-2.0) ** 3, (-2.0) ** 4, (-1.5) ** 7, (-8.0) ** (1 / 3), math.pow(-2, 5), math.pow(2, -1), math.pow(10, 22))
for rate in (0.01, 0.025, 0.05, 0.0725):
    print(rate, [(1 + rate / 12) ** (12 * y) for y in (1, 5, 30)])
print(1e-300 ** 2, 1e300 ** 0.5, 7.0 ** 0.3333, 0.1 ** 0.1, 123.456 ** 2.5, 1.0000001 ** 1e7)
