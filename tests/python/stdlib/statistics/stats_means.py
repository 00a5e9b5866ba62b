import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.mean([F(1, 3), F(2, 3), 1]))
print(st.mean([1, 2.5]), st.mean([True, False]), st.mean([D('0.5'), D('0.75'), D('0.625'), D('0.375')]), st.mean(iter([1, 2])))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.2, 0.2, 0.3, 0.3]), st.geometric_mean([54, 24, 36]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]), st.harmonic_mean([1, 0, 3]))
print(st.mean([F(1, 2), 0.5]), type(st.mean([F(1, 2), 2])).__name__, st.mean([float('inf'), 1]))
