import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3]), st.variance([1, 3, 5], 3))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]))
print(st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([0.1] * 5), st.variance([1e50, 1, -1e50] * 3))
print(st.variance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
