# statistics on Fractions and Decimals keeps exact types; mixed types and errors.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
fr = [F(1, 2), F(3, 4), F(5, 6), F(7, 8)]
de = [D('1.10'), D('2.20'), D('3.35'), D('4.05')]
for name in ('mean', 'median', 'median_low', 'median_high', 'variance', 'pvariance', 'stdev', 'pstdev'):
    f = getattr(st, name)
    a, b = f(fr), f(de)
    print(f"{name:<12} {a!r:<45} {type(a).__name__:<9} {b!r:<40} {type(b).__name__}")
print(st.harmonic_mean(fr), st.geometric_mean(fr), st.fmean(fr), st.fmean(de))
print(st.mean([1, 2.5, F(1, 2)]), st.mean([True, False, True]), st.median(['b', 'a', 'c']), st.mode([F(1, 2), 0.5, 1]))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.stdev([D('1'), D('2'), D('4')]), st.pstdev([1.5, 2.5]), st.variance(range(10)))
print(st.quantiles([F(1), F(2), F(3), F(4)], n=4), st.quantiles([D('1.5'), D('2.5'), D('3.5')], n=2) if False else st.quantiles([1.5, 2.5, 3.5, 4.5, 9.0], n=5))
data = [12.5, 14.0, 9.75, 11.0, 15.25, 10.5, 13.0]
print(f"mean={st.mean(data):.4f} median={st.median(data)} sd={st.stdev(data):.6f} cv={st.stdev(data) / st.mean(data):.3%}")
z = [(x - st.mean(data)) / st.stdev(data) for x in data]
print([round(v, 4) for v in z], round(sum(z), 12))
