from fractions import Fraction
import math


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))


for n in (1, 2, 5, 10):
    h = harmonic(n)
    print(n, h, float(h), h.limit_denominator(100))


def egyptian(frac):
    parts = []
    while frac.numerator:
        unit = Fraction(1, math.ceil(frac.denominator / frac.numerator))
        parts.append(unit)
        frac -= unit
    return parts


print(egyptian(Fraction(4, 13)), egyptian(Fraction(5, 6)))


def continued(frac, limit=10):
    terms = []
    while limit and frac.denominator != 1:
        whole = frac.numerator // frac.denominator
        terms.append(whole)
        frac = 1 / (frac - whole)
        limit -= 1
    terms.append(frac.numerator // frac.denominator)
    return terms


print(continued(Fraction(415, 93)), continued(Fraction(math.pi).limit_denominator(10 ** 6)))
m = [[Fraction(2), Fraction(1), Fraction(-1)], [Fraction(-3), Fraction(-1), Fraction(2)], [Fraction(-2), Fraction(1), Fraction(2)]]
rhs = [Fraction(8), Fraction(-11), Fraction(-3)]
n = len(m)
for col in range(n):
    pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
    m[col], m[pivot] = m[pivot], m[col]
    rhs[col], rhs[pivot] = rhs[pivot], rhs[col]
    for r in range(n):
        if r != col:
            f = m[r][col] / m[col][col]
            m[r] = [a - f * b for a, b in zip(m[r], m[col])]
            rhs[r] -= f * rhs[col]
print([rhs[i] / m[i][i] for i in range(n)])
f = Fraction(-7, 3)
print(math.floor(f), math.ceil(f), math.trunc(f), round(f), int(f), f.__floor__(), bool(Fraction(0)))
print(Fraction("3.1415"), Fraction("-.5"), Fraction("1e3"), Fraction("2.5e-2"), Fraction(" 10 "))
print(Fraction(1, 3) ** 0.5, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2), Fraction(-8, 27) ** -1)
print(repr(Fraction(6, -4)), Fraction(6, -4) == Fraction(-3, 2), Fraction(3, 2) > 1.4, Fraction(1, 2) != 0.5)
print(Fraction(10, 4) + Fraction(1, 4), Fraction(1, 2) * 2 == 1, type(Fraction(1, 2) * 2).__name__, type(Fraction(1) + 1.0).__name__)
print(complex(1, 1) + Fraction(1, 2), Fraction(5, 3).__trunc__(), Fraction(1, 7).__round__(3))
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(5, 6)], reverse=True), min(Fraction(1, 3), 0.3))
print(f"{float(Fraction(1, 7)):.5f}", "%.3f" % Fraction(2, 3), str(Fraction(0)), Fraction(0, 5) == 0)
try:
    Fraction(1, 2) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction("1/2/3")
except ValueError as e:
    print("ValueError", e)
try:
    Fraction(object())
except TypeError as e:
    print("TypeError", e)
