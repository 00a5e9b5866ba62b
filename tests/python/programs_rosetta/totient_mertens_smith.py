from math import gcd, isqrt

def totient(n):
    result, p, m = n, 2, n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result

print(" n phi prime")
for n in range(1, 26):
    print(f"{n:2} {totient(n):3} {totient(n) == n - 1}")
print([sum(1 for k in range(1, n + 1) if gcd(n, k) == 1) == totient(n) for n in range(1, 50)].count(True))
def mobius_table(n):
    mu = [1] * (n + 1)
    is_p = [True] * (n + 1)
    for p in range(2, n + 1):
        if is_p[p]:
            for k in range(p, n + 1, p):
                if k > p: is_p[k] = False
                mu[k] = -mu[k]
            for k in range(p * p, n + 1, p * p):
                mu[k] = 0
    return mu
mu = mobius_table(1000)
mertens = [0]
for k in range(1, 1001):
    mertens.append(mertens[-1] + mu[k])
print(mertens[1:100:10], sum(1 for k in range(1, 1001) if mertens[k] == 0), min(mertens[1:]), max(mertens[1:]))
def digit_sum(n): return sum(map(int, str(n)))
def factors(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d); n //= d
        d += 1
    return out + [n] if n > 1 else out
smith = [n for n in range(4, 1000) if len(factors(n)) > 1 and digit_sum(n) == sum(map(digit_sum, factors(n)))]
print(len(smith), smith[:15], smith[-3:])
print([n for n in range(1, 3000) if n == sum(int(str(n).count(str(d))) * 10 ** (len(str(n)) - 1 - d) for d in range(len(str(n))))])
