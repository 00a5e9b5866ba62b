# Classic integer sequences with large values: Catalan, Bell, partitions, binomial rows, digits of e.
import math
from fractions import Fraction
catalan = [math.comb(2 * n, n) // (n + 1) for n in range(25)]
print(catalan)
bell = [1]
row = [1]
for _ in range(20):
    new = [row[-1]]
    for v in row:
        new.append(new[-1] + v)
    row = new
    bell.append(row[0])
print(bell)
def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p[n]
print([partitions(n) for n in range(0, 30, 3)], partitions(200))
for n in (5, 10, 20):
    print([math.comb(n, k) for k in range(n + 1)])
e = sum(Fraction(1, math.factorial(k)) for k in range(30))
digits = (e.numerator * 10 ** 40) // e.denominator
print(digits, str(digits)[:1] + '.' + str(digits)[1:])
def bernoulli(n):
    A = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        A[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]
print([str(bernoulli(n)) for n in range(0, 16)])
tri = [n * (n + 1) // 2 for n in range(1, 15)]
print(tri, [t for t in tri if math.isqrt(t) ** 2 == t], sum(tri))
harm = Fraction(0)
for k in range(1, 21):
    harm += Fraction(1, k)
print(harm, float(harm), harm.limit_denominator(1000))
print([n for n in range(2, 60) if all(n % p for p in range(2, math.isqrt(n) + 1))])
lucas = [2, 1]
while len(lucas) < 40:
    lucas.append(lucas[-1] + lucas[-2])
print(lucas[-5:], lucas[39] ** 2 - 5 * (math.comb(1, 1) * 0 + 1) * 0)
