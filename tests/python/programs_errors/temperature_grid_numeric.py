# A 2-D temperature grid averaged and interpolated; NaN, infinity, and empty rows handled.
import math

grid = [
    [21.5, 22.0, float("nan"), 23.1],
    [20.9, float("inf"), 22.4, 22.8],
    [],
    [19.0, "18.5", 20.1, None],
]

def row_mean(row):
    values = [v for v in row if isinstance(v, (int, float)) and math.isfinite(v)]
    return sum(values) / len(values)

for i, row in enumerate(grid):
    try:
        print(i, round(row_mean(row), 3))
    except ZeroDivisionError as e:
        print(i, "ZeroDivisionError:", e)

def interpolate(a, b, t):
    if not 0 <= t <= 1:
        raise ValueError(f"t must be in [0, 1], got {t}")
    return a + (b - a) * t

for a, b, t in [(0, 10, 0.5), (0, 10, 1.5), (float("inf"), 1, 0.5), (1, float("nan"), 0.2), ("0", 1, 0.5),
                (0, 10, float("nan")), (1e308, -1e308, 0.5)]:
    try:
        print(a, b, t, "->", interpolate(a, b, t))
    except (ValueError, TypeError) as e:
        print(a, b, t, "->", type(e).__name__, e)

values = [1.0, float("nan"), 3.0]
print(max(values), min(values), sorted(values), float("nan") == float("nan"), math.nan in [math.nan])
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, round(2.675, 2), round(0.5), round(1.5), round(-0.5))
for text in ["nan", "-inf", "INFINITY", "1e-400", "4.9e-324", "1.8e308"]:
    x = float(text)
    print(text, x, math.isfinite(x), x == 0)
for fn, arg in [(math.floor, float("nan")), (math.ceil, float("inf")), (int, float("-inf")), (round, float("nan")),
                (math.trunc, 1e300), (math.isqrt, 2.0), (math.log, float("inf")), (math.sqrt, float("-inf")),
                (math.fsum, [float("inf"), float("-inf")]), (math.prod, [float("inf"), 0])]:
    try:
        r = fn(arg)
        print(fn.__name__, repr(arg), "->", r if not isinstance(r, int) or r < 10 ** 20 else "big int")
    except (ValueError, OverflowError, TypeError) as e:
        print(fn.__name__, repr(arg), "->", type(e).__name__, e)
print(row_mean(grid[2]))
