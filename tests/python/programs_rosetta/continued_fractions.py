from fractions import Fraction
from itertools import islice, count, chain, repeat
import math

def cf_value(a0, terms_a, terms_b, n):
    """Evaluate a0 + b1/(a1 + b2/(a2 + ...)) backwards from term n."""
    a = list(islice(terms_a, n))
    b = list(islice(terms_b, n))
    x = Fraction(0)
    for ai, bi in zip(reversed(a), reversed(b)):
        x = bi / (ai + x)
    return a0 + x

sqrt2 = cf_value(1, repeat(2), repeat(1), 30)
e = cf_value(2, count(1), chain([1], count(1)), 30)
pi = cf_value(3, repeat(6), ((2 * k - 1) ** 2 for k in count(1)), 200)
print(float(sqrt2), math.sqrt(2))
print(float(e), math.e)
print(f"{float(pi):.6f}")
print(sqrt2)

def to_cf(fr):
    out = []
    while True:
        q, r = divmod(fr.numerator, fr.denominator)
        out.append(q)
        if r == 0:
            return out
        fr = Fraction(fr.denominator, r)

for fr in [Fraction(1, 2), Fraction(3), Fraction(23, 8), Fraction(13, 11), Fraction(22, 7), Fraction(-151, 77)]:
    print(fr, to_cf(fr))
print(to_cf(Fraction(math.pi))[:10])
print(Fraction(math.pi).limit_denominator(1000))
