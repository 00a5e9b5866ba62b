def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
print(len(sieve(10000)), sieve(10000)[-3:])
def factorize(n):
    f, d = [], 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in [1, 2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
from collections import Counter
def divisors_count(n):
    c = Counter(factorize(n))
    out = 1
    for e in c.values():
        out *= e + 1
    return out
print([divisors_count(n) for n in [1, 6, 28, 360]])
import math
print(math.gcd(48, 18), math.lcm(4, 6), math.gcd(0, 0), math.gcd(12, 18, 24), math.lcm())
print(math.isqrt(99), math.isqrt(10 ** 20), math.comb(52, 5), math.perm(5, 2), math.factorial(20))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" * neg + s
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-10, 3), int("zz", 36), int("-0b101", 0), int("0o17", 0))
print(bin(10), oct(-8), hex(255), format(255, "b"), f"{255:x}", f"{-255:#X}", f"{1234567:_}")
def perfect(n):
    return n == sum(d for d in range(1, n) if n % d == 0)
print([n for n in range(1, 10000) if perfect(n)])
def armstrong(n):
    s = str(n)
    return n == sum(int(c) ** len(s) for c in s)
print([n for n in range(1, 1000) if armstrong(n)])
print(sum(int(c) for c in str(2 ** 1000)), len(str(math.factorial(100))))
def fast_pow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(fast_pow(3, 200, 13), pow(3, 200, 13), pow(2, 10 ** 9, 10 ** 9 + 7))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2), round(-2.5), round(3.5), round(0.125, 2))
print((2 ** 64).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).bit_count() if hasattr(int, "bit_count") else "")
print(float("inf") > 10 ** 300, 10 ** 400 > float("inf"), 1e308 * 10, -1e308 * 10, float("nan") == float("nan"))
