# Project Euler 1-10, small and exact
from math import gcd, isqrt, prod, lcm
from functools import reduce
from itertools import count, takewhile


def p1():
    return sum(n for n in range(1000) if n % 3 == 0 or n % 5 == 0)


def p2():
    a, b, s = 1, 2, 0
    while a <= 4_000_000:
        if a % 2 == 0:
            s += a
        a, b = b, a + b
    return s


def p3(n=600851475143):
    f = 2
    while f * f <= n:
        while n % f == 0 and n != f:
            n //= f
        f += 1
    return n


def p4():
    return max(a * b for a in range(900, 1000) for b in range(a, 1000) if str(a * b) == str(a * b)[::-1])


def p5():
    return reduce(lcm, range(1, 21))


def p6():
    return sum(range(101)) ** 2 - sum(i * i for i in range(101))


def p7(n=10001):
    limit = 120000
    sieve = bytearray([1]) * limit
    sieve[:2] = b"\x00\x00"
    for i in range(2, isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    primes = [i for i, v in enumerate(sieve) if v]
    return primes[n - 1]


DIGITS = ("73167176531330624919225119674426574742355349194934"
          "96983520312774506326239578318016984801869478851843"
          "85861560789112949495459501737958331952853208805511")


def p8(k=13):
    return max(prod(map(int, DIGITS[i:i + k])) for i in range(len(DIGITS) - k + 1))


def p9():
    for a in range(1, 333):
        for b in range(a + 1, 500):
            c = 1000 - a - b
            if a * a + b * b == c * c:
                return a * b * c, (a, b, c)


def p10(n=200_000):
    sieve = bytearray([1]) * n
    sieve[:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, n, i)))
    return sum(i for i in range(n) if sieve[i])


for i, fn in enumerate([p1, p2, p3, p4, p5, p6, p7, p8, p9, p10], 1):
    print(f"Problem {i:>2}: {fn()!s:>24}")
print(list(takewhile(lambda x: x < 50, (n * n for n in count(1)))), gcd(0, 0), gcd(-12, 18), lcm(0, 5))
