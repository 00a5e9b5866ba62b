# Project Euler: collatz, amicable, triangle divisors, pandigital, champernowne
from functools import lru_cache
from itertools import permutations, count, islice
from math import isqrt


@lru_cache(maxsize=None)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 10000), key=collatz_len)
print("14 (<10000):", best, collatz_len(best))


def d(n):
    s = 1
    for i in range(2, isqrt(n) + 1):
        if n % i == 0:
            s += i + (n // i if i * i != n else 0)
    return s if n > 1 else 0


amicable = sorted(a for a in range(2, 10000) if d(a) != a and d(d(a)) == a)
print("21:", amicable, sum(amicable))


def ndiv(n):
    c = 0
    for i in range(1, isqrt(n) + 1):
        if n % i == 0:
            c += 2 - (i * i == n)
    return c


tri = next(t for t in (n * (n + 1) // 2 for n in count(1)) if ndiv(t) > 100)
print("12 (>100 divisors):", tri)
print("24 (9 digits):", "".join(next(islice(permutations("012345678"), 99999, None))))
champ = "".join(str(i) for i in range(1, 20000))
print("40 (5 terms):", [int(champ[10 ** k - 1]) for k in range(5)])
pand = set()
for a in range(2, 50):
    for b in range(100, min(2000, 10000 // a)):
        s = f"{a}{b}{a * b}"
        if len(s) == 9 and set(s) == set("123456789"):
            pand.add(a * b)
print("32:", sorted(pand), sum(pand))
words = ["A", "ABILITY", "ABLE", "ABOUT", "SKY", "COLIN"]
tris = {n * (n + 1) // 2 for n in range(1, 30)}
print("42:", [w for w in words if sum(ord(c) - 64 for c in w) in tris])
print("22 COLIN:", 938 * sum(ord(c) - 64 for c in "COLIN"))
