# statistics additions: fmean, geometric_mean, multimode, quantiles (3.8); correlation, covariance,
# linear_regression (3.10); NormalDist (3.8).
import statistics as st

data = [1, 2, 2, 3, 4, 4, 7]
print(st.fmean(data), round(st.geometric_mean([1, 2, 4, 8]), 6), st.multimode(data), st.multimode("aabbbcc"))
print(st.quantiles(data, n=4), st.quantiles(range(1, 11), n=5, method="inclusive"))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y))
lr = st.linear_regression(x, y)
print(lr, round(lr.slope, 3), round(lr.intercept, 3))
print(st.linear_regression(x, [2 * v for v in x], proportional=True))
nd = st.NormalDist(mu=100, sigma=15)
print(nd, round(nd.cdf(115), 4), round(nd.inv_cdf(0.5), 4), round(nd.pdf(100), 6))
print(nd + 10, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 4), round(nd.zscore(130), 2))
print(st.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]))
for bad in [lambda: st.correlation([1, 2], [1]), lambda: st.correlation([1, 1, 1], [1, 2, 3]),
            lambda: st.geometric_mean([1, -1]), lambda: st.fmean([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
