import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), round(st.stdev(data), 6))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print(st.multimode("aabbbccdd"), st.multimode([1, 1, 2, 2]), st.pvariance(data), round(st.variance(data), 6))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5, 6], n=3))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
try:
    st.mean([])
except st.StatisticsError as ex:
    print(type(ex).__name__, ex)
try:
    st.stdev([1])
except st.StatisticsError as ex:
    print(type(ex).__name__, ex)
h = [Fraction(1, n) for n in range(1, 8)]
print(sum(h), float(sum(h)), sum(h).limit_denominator(10))
print(Fraction(3, 4) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction(1, 3) ** 2, Fraction(7, 2) // 1, Fraction(-7, 2) % 3)
print(Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("3/9"), Fraction(6, -4))
print(repr(Fraction(1, 2)), str(Fraction(4, 2)), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, round(Fraction(7, 3), 2))
print(Fraction(22, 7).numerator, Fraction(22, 7).denominator, int(Fraction(22, 7)), math_floor := __import__("math").floor(Fraction(-22, 7)))
try:
    Fraction(1, 0)
except ZeroDivisionError as ex:
    print(type(ex).__name__, ex)
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
print(egyptian(Fraction(4, 13)), " + ".join(map(str, egyptian(Fraction(5, 6)))))
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("2.50").quantize(Decimal("0.1")))
print(round(Decimal("2.675"), 2), Decimal("10") ** 20, Decimal("-0"), Decimal("1.10") == Decimal("1.1"))
scores = {"ann": [90, 85, 77], "bob": [60, 75, 80], "cy": [88, 92, 95]}
for name, s in sorted(scores.items(), key=lambda kv: -st.mean(kv[1])):
    print(f"{name:<4} mean={st.mean(s):6.2f} median={st.median(s):>3} sd={st.stdev(s):.3f}")
