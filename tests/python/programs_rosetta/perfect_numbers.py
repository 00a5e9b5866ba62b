def divisor_sum(n):
    if n < 2:
        return 0
    total = 1
    i = 2
    while i * i <= n:
        if n % i == 0:
            total += i
            if i != n // i:
                total += n // i
        i += 1
    return total

perfect = [n for n in range(1, 10000) if divisor_sum(n) == n]
print("perfect:", perfect)
kinds = {"deficient": 0, "perfect": 0, "abundant": 0}
for n in range(1, 20001):
    s = divisor_sum(n)
    kinds["deficient" if s < n else "perfect" if s == n else "abundant"] += 1
print(kinds)
amicable = sorted({tuple(sorted((a, divisor_sum(a)))) for a in range(2, 20000)
                   if divisor_sum(a) != a and divisor_sum(divisor_sum(a)) == a})
print("amicable:", amicable)
# Euclid-Euler: 2**(p-1) * (2**p - 1) for Mersenne primes
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([2 ** (p - 1) * (2 ** p - 1) for p in range(2, 32) if is_prime(2 ** p - 1)])
