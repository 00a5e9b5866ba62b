# Summary statistics of survey answers; empty or invalid samples raise StatisticsError.
import statistics as st
from fractions import Fraction
from decimal import Decimal

samples = {
    "ages": [23, 35, 31, 44, 29, 35],
    "one": [7],
    "empty": [],
    "mixed": [1, 2.5, Fraction(1, 2)],
    "decimals": [Decimal("1.5"), Decimal("2.5")],
    "with none": [1, None, 3],
    "strings": ["a", "b"],
    "negative": [-1, 2, 3],
}
funcs = [st.mean, st.median, st.mode, st.stdev, st.pvariance, st.harmonic_mean, st.geometric_mean, st.fmean,
         st.median_low, st.multimode]
for name, data in samples.items():
    print(f"--- {name}: {data}")
    for f in funcs:
        try:
            r = f(data)
            print(f"  {f.__name__:15} {r!r}")
        except st.StatisticsError as e:
            print(f"  {f.__name__:15} StatisticsError: {e}")
        except (TypeError, ValueError) as e:
            print(f"  {f.__name__:15} {type(e).__name__}: {e}")
print(issubclass(st.StatisticsError, ValueError))
for args in [([1, 2, 3, 4], 4), ([1], 2), ([1, 2], 0), ([1, 2], "4")]:
    try:
        print(st.quantiles(args[0], n=args[1]))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 4), round(nd.inv_cdf(0.5), 4))
try:
    nd.inv_cdf(1.5)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.correlation([1, 2], [1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.linear_regression([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.mean(samples["empty"]))
