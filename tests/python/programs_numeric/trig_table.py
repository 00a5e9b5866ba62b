# A trigonometry table and identities, printed with repr so every last bit shows.
import math
for deg in range(0, 361, 15):
    r = math.radians(deg)
    s, c = math.sin(r), math.cos(r)
    t = math.tan(r) if deg % 180 != 90 else float('inf')
    print(f"{deg:>3} {s!r:>24} {c!r:>24} {t!r:>24}")
for x in (0.1, 0.5, 1.0, 2.0, 2.5, 3.0, 10.0, 100.0, -0.7):
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.exp(x), math.sin(x) ** 2 + math.cos(x) ** 2)
for y in (-1.0, -0.5, 0.0, 0.5, 1.0):
    print(y, math.asin(y), math.acos(y), math.atan(y), math.atan2(y, 1), math.atan2(1, y))
angles = [math.atan2(y, x) for x, y in [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1)]]
print([round(math.degrees(a), 10) for a in angles])
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.sin(1e-8), math.cos(1e-8), math.sin(-0.0), math.tan(-0.0), math.atan(-0.0))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(0.5), math.exp(10), math.exp(-745), math.exp(-746), math.exp(1e-300))
for bad in (math.inf, -math.inf):
    for f in (math.sin, math.cos, math.tan):
        try:
            print(f(bad))
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)
print(math.atan(math.inf), math.atan(-math.inf), math.atan(1e300), math.exp(math.inf), math.exp(-math.inf), math.sin(math.nan))
