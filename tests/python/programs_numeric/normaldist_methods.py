# statistics.NormalDist: construction, methods, arithmetic, repr.
from statistics import NormalDist, StatisticsError
n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.cdf(115), n.cdf(85), n.inv_cdf(0.975), n.inv_cdf(0.5), n.zscore(130))
print([round(q, 4) for q in n.quantiles()], [round(q, 3) for q in n.quantiles(10)])
m = NormalDist(110, 10)
print(n.overlap(m), m.overlap(n), n == NormalDist(100, 15), n != m)
print(n + 5, n - 10, n * 2, n / 5, 3 * n, -n if hasattr(n, '__neg__') else '', n + m, n - m)
std = NormalDist()
print(std, std.cdf(1.96), std.inv_cdf(0.95), std.pdf(0), NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for bad in [lambda: NormalDist(0, -1), lambda: std.inv_cdf(0), lambda: std.inv_cdf(1.5), lambda: NormalDist(0, 0).pdf(0), lambda: NormalDist(0, 0).cdf(0), lambda: NormalDist.from_samples([1]), lambda: std.overlap(3), lambda: NormalDist(0, 0).overlap(std)]:
    try:
        print(bad())
    except StatisticsError as e:
        print(type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e)
s = NormalDist(5, 2).samples(5, seed=42)
print([round(v, 6) for v in s])
print(round(NormalDist(5, 2).samples(1, seed=1)[0], 10))
heights = NormalDist(170, 8)
for h in range(150, 195, 10):
    print(f"{h} cm: pdf={heights.pdf(h):.6f} cdf={heights.cdf(h):.4f} z={heights.zscore(h):+.2f}")
print(hash(NormalDist(1, 2)) == hash(NormalDist(1, 2)) if NormalDist.__hash__ else 'unhashable')
