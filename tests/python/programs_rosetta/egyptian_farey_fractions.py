from fractions import Fraction
from math import ceil

def egyptian(fr):
    out = []
    if fr >= 1:
        whole = fr.numerator // fr.denominator
        out.append(Fraction(whole))
        fr -= whole
    while fr:
        unit = Fraction(1, -(-fr.denominator // fr.numerator))
        out.append(unit)
        fr -= unit
    return out

for fr in (Fraction(43, 48), Fraction(5, 121), Fraction(2014, 59), Fraction(4, 13)):
    print(fr, "=", " + ".join(str(x) for x in egyptian(fr)))

def farey(n):
    a, b, c, d = 0, 1, 1, n
    seq = [Fraction(a, b)]
    while c <= n:
        k = (n + b) // d
        a, b, c, d = c, d, k * c - a, k * d - b
        seq.append(Fraction(a, b))
    return seq

for n in range(1, 8):
    print(n, " ".join(f"{f.numerator}/{f.denominator}" for f in farey(n)))
print([len(farey(n)) for n in range(50, 301, 50)])
def stern_brocot(n):
    seq = [1, 1]
    i = 1
    while len(seq) < n:
        seq += [seq[i] + seq[i - 1], seq[i]]
        i += 1
    return seq[:n]
sb = stern_brocot(1200)
print(sb[:15], [sb.index(k) + 1 for k in range(1, 11)], sb.index(100) + 1)
print([Fraction(sb[i], sb[i + 1]) for i in range(8)])
