# statistics: averages, spread, NormalDist examples, correlation and linear regression.
import statistics as st
from statistics import NormalDist
from fractions import Fraction
from decimal import Decimal
print(st.mean([1, 2, 3, 4, 4]), st.mean([-1.0, 2.5, 3.25, 5.75]), st.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]))
print(st.mean([Decimal("0.5"), Decimal("0.75"), Decimal("0.625"), Decimal("0.375")]), st.fmean([3.5, 4.0, 5.25]))
print(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]) if hasattr(st, 'correlation') else '')
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
data = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
mu = st.mean(data)
print(st.pvariance(data, mu), st.pvariance([Decimal("27.5"), Decimal("30.25"), Decimal("30.25"), Decimal("34.5"), Decimal("41.75")]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4, method='inclusive'), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(year, films_total)
print(slope, intercept, round(slope * 2019 + intercept))
print(st.linear_regression(year, films_total))
sat = NormalDist(1060, 195)
fraction = sat.cdf(1200 + 0.5) - sat.cdf(1100 - 0.5)
print(round(fraction * 100.0, 1), [round(sat.inv_cdf(p / 100)) for p in (25, 50, 75)])
print(list(map(round, sat.quantiles(n=10))))
birth_weights = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
drug_effects = NormalDist(0.4, 0.15)
combined = birth_weights + drug_effects
print(round(combined.mean, 1), round(combined.stdev, 1))
temperature_february = NormalDist(5, 2.5)
print(temperature_february * (9/5) + 32)
n1 = NormalDist(2.4, 1.6)
n2 = NormalDist(3.2, 2.0)
print(round(n1.overlap(n2), 4), n1.zscore(4.0), NormalDist().pdf(0), NormalDist(100, 15).cdf(130), NormalDist(10, 2) == NormalDist(10, 2))
print(NormalDist(5, 2).variance, NormalDist(5, 2).median, NormalDist(5, 2).mode, repr(NormalDist(1, 0.5)))
for bad in (lambda: st.mean([]), lambda: st.mode([]), lambda: st.stdev([1]), lambda: NormalDist(0, -1), lambda: st.harmonic_mean([-1, 2])):
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError:', e)
