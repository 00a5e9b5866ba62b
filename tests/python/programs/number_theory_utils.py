def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
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
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
def is_perfect(n):
    return n == sum(d for d in range(1, n) if n % d == 0)
primes = sieve(100)
print(primes, len(sieve(10000)))
for n in [360, 97, 1001, 2 ** 10, 600851475143]:
    print(n, factorize(n))
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
print([n for n in range(1, 10000) if is_perfect(n)] if False else [n for n in range(2, 500) if is_perfect(n)])
print(sum(int(c) for c in str(2 ** 1000)), len(str(sum(i ** i for i in range(1, 200)))))
twin = [(p, p + 2) for p in primes if p + 2 in primes]
print(twin)
