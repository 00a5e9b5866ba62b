# Integer algorithms: primes, gcd, base conversion, digit sums, collatz, fibonacci with big ints.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(flags[i * i::i])
    return [i for i, f in enumerate(flags) if f]
print(sieve(100), len(sieve(10000)))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
for a, b in [(240, 46), (17, 5), (-24, 18), (10 ** 20, 3 ** 40)]:
    g, x, y = egcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + ''.join(reversed(out))
for n in (0, 255, -255, 2 ** 64, 123456789):
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 30)], max(range(1, 10000), key=collatz))
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a, len(str(a)), sum(int(d) for d in str(a)), a % 1000000007)
fact = 1
for i in range(1, 101):
    fact *= i
s = str(fact)
print(len(s), s[:20], len(s) - len(s.rstrip('0')), sum(map(int, s)))
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
import math
for n in (0, 1, 15, 16, 10 ** 30, 2 ** 127 - 1):
    print(n, isqrt_newton(n), math.isqrt(n))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(perfect, [bin(p).count('1') for p in perfect], [p.bit_length() for p in perfect])
print(pow(2, 2 ** 10, 10 ** 9 + 7), 7 ** 222 % 1000, (2 ** 521 - 1) % 10 ** 10)
