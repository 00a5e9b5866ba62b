import statistics as st

grades = {
    "ann": [88, 92, 79, 93, 85],
    "bob": [72, 65, 80, 70, 75],
    "cy": [95, 98, 100, 97, 99],
    "di": [60, 85, 70, 90, 55],
}
print(f"{'name':<6}{'mean':>8}{'median':>8}{'stdev':>8}{'range':>7}")
for name, g in grades.items():
    print(f"{name:<6}{st.mean(g):>8.2f}{st.median(g):>8}{st.stdev(g):>8.3f}{max(g) - min(g):>7}")
all_scores = [x for g in grades.values() for x in g]
print(len(all_scores), st.mean(all_scores), st.median(all_scores), st.mode(all_scores))
print(st.quantiles(all_scores, n=4), st.quantiles(all_scores, n=10))
print(round(st.pstdev(all_scores), 4), round(st.pvariance(all_scores), 4), round(st.variance(all_scores, st.mean(all_scores)), 4))
z = [round((x - st.mean(all_scores)) / st.pstdev(all_scores), 3) for x in grades["cy"]]
print(z)
print(st.median([1, 3, 5, 7]), st.median([1, 3, 5]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.mode("aabbbcc"), st.multimode("aabbcc"), st.multimode([]))
print(st.mean([1, 2.5]), type(st.mean([1, 2])).__name__, type(st.mean([1, 2.0])).__name__, st.mean([True, False, True]))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]) if False else st.fmean([1, 2, 3]), st.geometric_mean([1, 10, 100]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([60, 30], weights=[1, 3]) if hasattr(st, "harmonic_mean") else 0)
heights = [150, 160, 165, 170, 180]
weights = [50, 56, 61, 68, 80]
slope, intercept = st.linear_regression(heights, weights)
print(round(slope, 4), round(intercept, 4), round(st.correlation(heights, weights), 6), st.covariance(heights, weights))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
dist = st.NormalDist.from_samples(all_scores)
print(round(dist.mean, 3), round(dist.stdev, 3), round(dist.cdf(90), 4), [round(q, 2) for q in dist.quantiles(4)])
print(round(dist.zscore(95), 4), round(st.NormalDist().inv_cdf(0.5), 4), st.NormalDist(0, 1) == st.NormalDist())
print(repr(st.NormalDist(1.5, 0.25)), st.NormalDist(10, 2) - 3, st.NormalDist(10, 2) / 2, -st.NormalDist(1, 1))
for bad in ([], ["a", "b"]):
    try:
        print(st.median(bad) if bad else st.median(bad))
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
try:
    st.geometric_mean([1, -1])
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.variance([5])
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.linear_regression([1, 1], [2, 3])
except st.StatisticsError as e:
    print("StatisticsError", e)
