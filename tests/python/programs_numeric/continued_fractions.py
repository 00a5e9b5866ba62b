# Continued fractions of rationals and irrationals, convergents and best approximations.
from fractions import Fraction
import math
def cf_of_fraction(fr):
    out = []
    while True:
        a = fr.numerator // fr.denominator
        out.append(a)
        rest = fr - a
        if rest == 0:
            return out
        fr = 1 / rest
def cf_of_float(x, n=12):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        if x == a:
            break
        x = 1 / (x - a)
    return out
def convergents(cf):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)
print(cf_of_fraction(Fraction(415, 93)), cf_of_fraction(Fraction(-7, 3)), cf_of_fraction(Fraction(1, 1)))
for name, x in (('pi', math.pi), ('e', math.e), ('sqrt2', math.sqrt(2)), ('phi', (1 + 5 ** 0.5) / 2)):
    cf = cf_of_float(x, 10)
    conv = list(convergents(cf))
    print(name, cf, [str(c) for c in conv[:7]], f"{float(conv[-1]) - x:.3e}")
print(cf_of_fraction(Fraction(math.pi)) [:20])
for md in (10, 100, 1000, 10000, 100000):
    f = Fraction(math.pi).limit_denominator(md)
    print(md, f, float(f), abs(float(f) - math.pi))
sqrt7 = [2]
m, d, a = 0, 1, 2
for _ in range(12):
    m = d * a - m
    d = (7 - m * m) // d
    a = (2 + m) // d
    sqrt7.append(a)
print(sqrt7, [str(c) for c in list(convergents(sqrt7))[:8]])
