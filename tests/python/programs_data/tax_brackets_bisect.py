from bisect import bisect_right, bisect_left, insort
from decimal import Decimal, ROUND_HALF_UP

BRACKETS = [(0, "0.10"), (11000, "0.12"), (44725, "0.22"), (95375, "0.24"), (182100, "0.32"), (231250, "0.35"), (578125, "0.37")]
edges = [b for b, _ in BRACKETS]
rates = [Decimal(r) for _, r in BRACKETS]

def tax(income):
    income = Decimal(income)
    total = Decimal(0)
    i = bisect_right(edges, income) - 1
    for j in range(i + 1):
        lo = edges[j]
        hi = edges[j + 1] if j + 1 < len(edges) else income
        total += (min(income, hi) - lo) * rates[j]
    return total.quantize(Decimal("0.01"), ROUND_HALF_UP), rates[i]

print(f"{'income':>10} {'tax':>11} {'marginal':>9} {'effective':>10}")
for inc in [0, 9999, 11000, 50000, 100000, 250000, 1000000]:
    t, m = tax(inc)
    eff = t / inc if inc else Decimal(0)
    print(f"{inc:>10,} {t:>11,} {m:>9.0%} {eff:>10.2%}")
scores = []
for s in [70, 85, 62, 99, 85, 40]:
    insort(scores, s)
print(scores, bisect_left(scores, 85), bisect_right(scores, 85), len(scores) - bisect_left(scores, 80))
def find_le(a, x):
    i = bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError(f"no item <= {x}")
def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError(f"no item >= {x}")
print(find_le(scores, 84), find_ge(scores, 86))
for fn, x in [(find_le, 10), (find_ge, 100)]:
    try:
        fn(scores, x)
    except ValueError as e:
        print(type(e).__name__, e)
times = ["08:00", "09:30", "12:15", "17:45"]
print([times[bisect_left(times, q) - 1] if bisect_left(times, q) else None for q in ["07:59", "09:30", "13:00", "23:00"]])
print(tax("abc"))
