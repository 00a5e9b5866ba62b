from math import comb, factorial
from functools import lru_cache
from fractions import Fraction

def cat_direct(n):
    return factorial(2 * n) // (factorial(n + 1) * factorial(n))

@lru_cache(maxsize=None)
def cat_rec(n):
    return 1 if n == 0 else sum(cat_rec(i) * cat_rec(n - 1 - i) for i in range(n))

def cat_iter(limit):
    c = 1
    for n in range(limit):
        yield c
        c = c * 2 * (2 * n + 1) // (n + 2)

print(list(cat_iter(15)))
print(all(cat_direct(n) == cat_rec(n) == comb(2 * n, n) // (n + 1) for n in range(30)))
print(cat_direct(100))
# Catalan numbers from Pascal's triangle
row = [1]
out = []
for n in range(1, 16):
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
    if n % 2 == 0:
        mid = n // 2
        out.append(row[mid] - row[mid + 1])
print(out)
print(Fraction(cat_direct(20), cat_direct(19)))
