import statistics as st
for f, a in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.pvariance, []), (st.stdev, [1]),
             (st.pstdev, []), (st.quantiles, [1]), (st.geometric_mean, [-1]), (st.harmonic_mean, [-1, 2]), (st.fmean, [])]:
    try:
        f(a)
    except st.StatisticsError as e:
        print(f.__name__, type(e).__name__, e, isinstance(e, ValueError))
try:
    st.mean([1.0, 'x'])
except TypeError as e:
    print('TypeError', e)
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
print(st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
n = st.NormalDist(100, 15)
print(n, round(n.cdf(130), 6), round(n.pdf(100), 6), n.zscore(70), n + 5, n.mean, n.stdev, n.variance)
