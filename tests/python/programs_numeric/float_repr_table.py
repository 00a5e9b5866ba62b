# float repr and str across magnitudes.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e21, 1e16, 9999999999999998.0, 1e-4, 1e-5, 1.5e-7, 123456789.123456789,
        5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, -0.0, 100.0, 1e100, 3.0e-10, 12345678901234567890.0, 0.30000000000000004]
for v in vals:
    print(f"{v!r:>26} | {str(v):>26} | {v:.3g} | {v:e} | {v:g}")
print([0.1, 1e-7, 1e7], (1.0,), {1.5: 2.5}, {1e-5})
print(str(1.0), repr(10.0 ** 15), repr(10.0 ** 16), 1e15 + 0.3, float(2 ** 53))
print(0.1 * 3, 0.7 + 0.1, 4.35 * 100, 1.1 * 1.1, 3 * 1.1, 0.1 ** 2)
print(sum([0.1] * 10), 1 - 0.9, 1e16 + 1, 2 ** 0.5 * 2 ** 0.5)
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(f"{math.pi}", f"{math.pi!s}", f"{math.pi!r}", f"{math.pi=}", f"{math.e = :.3f}")
print(format(math.pi), format(1e300 * 10), format(-1e-320), str(-1e-320))
