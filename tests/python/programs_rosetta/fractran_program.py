from fractions import Fraction
PRIMEGAME = "17/91 78/85 19/51 23/38 29/33 77/29 95/23 77/19 1/17 11/13 13/11 15/14 15/2 55/1"
prog = [Fraction(f) for f in PRIMEGAME.split()]
def fractran(n, steps):
    for _ in range(steps):
        yield n
        for f in prog:
            if (n * f).denominator == 1:
                n = int(n * f)
                break
        else:
            return
print(list(fractran(2, 20)))
primes = []
for n in fractran(2, 200000):
    if n & (n - 1) == 0 and n > 2:
        primes.append(n.bit_length() - 1)
    if len(primes) == 6:
        break
print(primes)
