# divmod, //, % and round across types in tabular form, including bool and large values.
import math
nums = [7, -7, 7.5, -7.5, True, 10 ** 18 + 3, -(10 ** 18) - 3]
dens = [2, -2, 0.5, -0.25, 3, 10 ** 9]
for a in nums:
    cells = []
    for b in dens:
        q, r = divmod(a, b)
        assert q * b + r == a or isinstance(q, float)
        cells.append(f"{q!r}/{r!r}")
    print(f"{a!r:>22}: " + '  '.join(cells))
print(divmod(-1, 3), divmod(1, -3), divmod(-1.0, 3), divmod(1.0, -3), divmod(-0.0, 1), divmod(0.0, -1))
print(math.fmod(-1, 3), math.fmod(1, -3), -1 % 3, 1 % -3, math.remainder(-1, 3), math.remainder(5, 2), math.remainder(7, 2))
print(7 // 0.1, 7 % 0.1, divmod(7, 0.1), 1 // 0.3, 1 % 0.3, 2.5 // 0.5, -2.5 // 0.5)
print([(h, m) for h, m in (divmod(t, 60) for t in (0, 59, 60, 61, 3599, 3600, 86399))])
secs = 987654
d, rem = divmod(secs, 86400)
h, rem = divmod(rem, 3600)
m, s = divmod(rem, 60)
print(f"{d}d {h:02d}:{m:02d}:{s:02d}")
for cents in (0, 5, 99, 100, 12345, -12345):
    dollars, c = divmod(abs(cents), 100)
    print(f"{'-' if cents < 0 else ''}${dollars:,}.{c:02d}")
print(divmod(2 ** 100, 3 ** 50), divmod(-(2 ** 100), 3 ** 50), (2 ** 100) // -(3 ** 50), (2 ** 100) % -(3 ** 50))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
