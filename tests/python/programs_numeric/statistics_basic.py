# statistics: central tendency and spread on ints, floats, Fractions, Decimals.
import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data), st.multimode(data))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.geometric_mean(data), st.harmonic_mean(data))
print(st.mean([1.5, 2.5, 3.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('1.1'), Decimal('2.2')]), st.variance([Decimal('1.5'), Decimal('2.5'), Decimal('4')]))
print(st.median([1, 3, 5, 7]), st.median([3, 1, 2]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.mode(['red', 'blue', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.mode([1, 1, 2, 2]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3], weights=[2, 1]) if True else 0, st.fmean([1, 2, 3], weights=[3, 2, 1]) if False else st.fmean([3.5, 4.0, 5.25]))
print(st.pvariance([1, 2, 3, 4], mu=2.5), st.variance([Fraction(1, 2), Fraction(3, 4), 1]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([Fraction(1), Fraction(2)]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([1]), lambda: st.variance([5]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.fmean([]), lambda: st.pvariance([]), lambda: st.median_low([])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print(type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10), st.quantiles([1, 5, 7, 10, 12], n=4, method='inclusive'), st.quantiles([10, 20], n=3))
try:
    st.quantiles([1, 2], n=0)
except st.StatisticsError as e:
    print(e)
try:
    st.quantiles([1], n=4)
except st.StatisticsError as e:
    print(e)
try:
    st.quantiles([1, 2, 3], method='bogus')
except ValueError as e:
    print(e)
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
lr = st.linear_regression([1, 2, 3], [3, 5, 7])
print(lr.slope, lr.intercept, type(lr).__name__)
for bad in [lambda: st.correlation([1, 2], [1]), lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.covariance([1], [2]), lambda: st.linear_regression([1, 1], [2, 3])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print(type(e).__name__, e)
