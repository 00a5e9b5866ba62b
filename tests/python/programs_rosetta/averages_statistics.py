import statistics as st
from collections import Counter
from fractions import Fraction

data = [1, 3, 3, 5, 7, 8, 8, 8, 10, 12]
print(st.mean(data), st.median(data), st.mode(data), st.multimode([1, 1, 2, 2, 3]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.fmean(data))
print(round(st.pstdev(data), 6), round(st.stdev(data), 6), st.pvariance(data), st.variance([1, 2, 3, 4]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.geometric_mean([2, 8]), st.harmonic_mean([40, 60]))
print(st.quantiles(range(1, 11), n=4), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method="inclusive"))
def moving_average(period):
    window = []
    def avg(x):
        window.append(x)
        if len(window) > period:
            window.pop(0)
        return sum(window) / len(window)
    return avg
sma3 = moving_average(3)
print([round(sma3(x), 3) for x in [1, 2, 3, 4, 5, 5, 4, 3, 2, 1]])
counts = Counter("the quick brown fox jumps over the lazy dog".replace(" ", ""))
print(counts.most_common(4), sum(counts.values()), len(counts))
import math
def agm(a, g, tol=1e-15):
    while abs(a - g) > tol * abs(a):
        a, g = (a + g) / 2, math.sqrt(a * g)
    return a
print(agm(1, 1 / math.sqrt(2)))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1), math.comb(52, 5), math.perm(10, 3))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(round(st.correlation([1, 2, 3, 4], [2, 4, 7, 8]), 6), st.linear_regression([1, 2, 3], [2, 4, 6]))
