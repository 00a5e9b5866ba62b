print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
import math
print(math.isclose(0.1 + 0.2, 0.3))
print(round(0.1 + 0.2, 10) == 0.3)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, math.fsum([0.1] * 10))
print(1 / 3, 2 / 3, 10 / 4, 7 / 7)
print(3.0 * 1.1, 100 * 1.1)
print(1e300 * 1e10, -1e300 * 1e10)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(int(2.999999999999999999))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(5e-324, 1.7976931348623157e308)
print(float("nan") == float("nan"))
