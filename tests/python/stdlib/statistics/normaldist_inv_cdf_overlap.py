# NormalDist.inv_cdf (Wichura AS241), quantiles, overlap, samples with a seed, unary minus and rsub.
from statistics import NormalDist, StatisticsError
n = NormalDist(100, 15)
print(n.inv_cdf(0.975), n.inv_cdf(0.5), n.inv_cdf(1e-10), n.inv_cdf(0.02425), n.inv_cdf(0.9), n.inv_cdf(1 - 1e-16))
print(n.quantiles(), n.quantiles(10))
print(n.overlap(NormalDist(110, 10)), NormalDist(1, 2).overlap(NormalDist(3, 4)), NormalDist(0, 1).overlap(NormalDist(10, 0.5)))
print(NormalDist(5, 2).samples(4, seed=42), -n, +n, 5 - n)
for bad in [lambda: n.inv_cdf(0), lambda: n.inv_cdf(1), lambda: NormalDist(0, 0).inv_cdf(0.5), lambda: n.overlap(3), lambda: NormalDist(0, 0).overlap(n), lambda: 5 / n]:
    try:
        print(bad())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
