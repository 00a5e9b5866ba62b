vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123, 1.5e300 * 1e10, -0.0, 2.5, 1e22, 1e21, 0.5e-6]
for v in vals:
    print(repr(v), str(v), f"{v:.10g}", f"{v:e}", f"{v:.3f}", round(v, 2) if v == v and abs(v) != float("inf") else v)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(125, -1), round(135, -1))
print(float("1e500"), float("-inf"), float("nan"), float(" 3.25 "), float("1_0.5"), 1e308 * 10)
print((0.1).as_integer_ratio(), (0.75).hex(), float.fromhex("0x1.8p1"), (2.5).is_integer())
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), -7 // 2, -7 % 2, -7.5 // 2, -7.5 % 2, math.fmod(-7.5, 2))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), float.__repr__(1e-320), 5e-324, 5e-324 / 2)
print(f"{math.pi:.15f} {math.pi:.17g} {math.e:10.4f}| {math.tau:<12.6e}|{math.inf} {-math.inf:F} {math.nan:F}")
print(str(1e15), str(1e16), str(123456789012345678.0), repr(1.0), 3.0 * 1.1, 100 * 1.1)
print("%5.2f|%-8.3e|%g|%G|%10.4g|%.0e|%#.0f" % (3.14159, 12345.678, 1e-7, 1e-7, 2 ** 0.5, 5e10, 3.0))
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** -1, (-8) ** (1 / 3), 10 ** -2)
