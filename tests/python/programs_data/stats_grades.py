import statistics as st
from fractions import Fraction
from decimal import Decimal

scores = [88, 92, 79, 93, 85, 92, 70, 100, 92, 61]
print(st.mean(scores), st.median(scores), st.mode(scores))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print(round(st.stdev(scores), 6), round(st.pstdev(scores), 6))
print(round(st.variance(scores), 6), round(st.pvariance(scores), 6))
print(st.quantiles(scores, n=4))
print(st.quantiles(scores, n=4, method="inclusive"))
print(st.quantiles(range(1, 11), n=10))
print(st.multimode("aabbbccddd"), st.mode(["red", "blue", "red"]))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(st.median([Fraction(1, 2), Fraction(1, 3)]))
print(st.variance([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]))
print(st.mean([1.5, 2, 3]), st.mean([True, False, True]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
for bad in ([], [1]):
    try:
        print(st.stdev(bad))
    except st.StatisticsError as e:
        print(type(e).__name__, e)
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.median([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.mode([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.quantiles([1], n=4)
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.geometric_mean([1, -1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 6), st.covariance(x, y))
lr = st.linear_regression(x, y)
print(lr, round(lr.slope, 3), round(lr.intercept, 3))
nd = st.NormalDist(mu=100, sigma=15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, nd.variance)
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
print(round(nd.pdf(100), 8), [round(q, 3) for q in nd.quantiles()])
n2 = nd + 10
print(n2, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 6))
for s in scores:
    z = (s - st.mean(scores)) / st.stdev(scores)
    print(f"{s:>4} {z:+.3f}")
st.harmonic_mean([1, -2])
