from fractions import Fraction
from decimal import Decimal
import statistics as st

f = Fraction(3, 4)
print(f, repr(f), f.numerator, f.denominator, float(f))
print(Fraction("2/6"), Fraction("1.25"), Fraction(" -3/7 "), Fraction(0.1), Fraction(Decimal("0.1")))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(1, 2) ** 2, Fraction(2) ** -1, 1 - Fraction(1, 3))
print(Fraction(7, 2) // 2, Fraction(7, 2) % 2, divmod(Fraction(7, 2), Fraction(1, 3)), -Fraction(1, 2), abs(Fraction(-5, 3)))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, round(Fraction(7, 3), 2), round(Fraction(5, 2)))
print(Fraction(0.1).limit_denominator(10), Fraction(355, 113).limit_denominator(100), Fraction(3.141592653589793).limit_denominator(1000))
print(Fraction(5, 10).as_integer_ratio(), Fraction(9, 3).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
print(Fraction(1, 3) + 0.5, Fraction(1, 3) + 1, str(Fraction(-6, 4)), hash(Fraction(1, 2)) == hash(0.5))
print(f"{Fraction(1, 3):}", format(Fraction(22, 7), ""), Fraction.from_float(0.25), Fraction.from_decimal(Decimal("1.5")))
print(sum([Fraction(1, n) for n in range(1, 6)]), max(Fraction(1, 2), Fraction(2, 3)), sorted([Fraction(3, 4), Fraction(1, 8), 0.5]))
for bad in (lambda: Fraction(1, 0), lambda: Fraction("x/2"), lambda: Fraction(1.5, 2), lambda: Fraction(float("nan")), lambda: Fraction("1/0")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

data = [2.5, 3.25, 5.5, 11.25, 11.75, 2.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode(data), st.multimode([1, 1, 2, 2, 3]), st.mode(["red", "blue", "red"]))
print(round(st.stdev(data), 6), round(st.pstdev(data), 6), round(st.variance(data), 6), round(st.pvariance(data), 6))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.median_grouped([52, 52, 53, 54]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=4, method="inclusive"))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 6), round(nd.pdf(100), 6), round(nd.inv_cdf(0.975), 4))
print(st.NormalDist.from_samples([1, 2, 3, 4]), round(nd.overlap(st.NormalDist(110, 15)), 6), nd + 5, nd * 2)
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1]), lambda: st.quantiles([1], n=4), lambda: st.correlation([1, 1], [1, 2])):
    try:
        print(bad())
    except st.StatisticsError as e:
        print(type(e).__name__, e)
