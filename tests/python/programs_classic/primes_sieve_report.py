"""Primes: trial division, sieve, twin primes, prime factorisation."""
import math


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, f in enumerate(flags) if f]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


def main():
    primes = sieve(100)
    print("primes below 100:", primes)
    print("count:", len(primes), "sum:", sum(primes))
    print("agree with trial division:", primes == [n for n in range(101) if is_prime(n)])
    twins = [(p, p + 2) for p in primes if p + 2 in primes]
    print("twin primes:", twins)
    for n in (1, 2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1):
        f = factorize(n)
        print(f"{n:>12,} = {fmt_factors(f) or '1'}  {f}")
    gaps = [b - a for a, b in zip(primes, primes[1:])]
    print("largest gap:", max(gaps), "at", primes[gaps.index(max(gaps))])
    for row in range(0, len(primes), 8):
        print(" ".join(f"{p:3d}" for p in primes[row:row + 8]))
    print(f"{len(sieve(10000))} primes below 10,000")
    print("density %:", f"{len(sieve(10000)) / 10000:.2%}")


if __name__ == "__main__":
    main()
