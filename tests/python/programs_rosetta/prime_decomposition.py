from collections import Counter

def factors(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out

def pretty(n):
    c = Counter(factors(n))
    return " x ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(c.items()))

for n in [2, 12, 97, 360, 1001, 65536, 600851475143, 2 ** 31 - 1, 2 ** 59 - 1]:
    print(f"{n} = {pretty(n)}")
for k in range(2, 21):
    print(k, factors(2 ** k - 1))
print(factors(10 ** 12 + 39), factors(2 ** 40 + 1))
