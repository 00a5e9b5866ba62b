def fib_upto(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b
print(list(fib_upto(100)), sum(x for x in fib_upto(4_000_000) if x % 2 == 0))
def primes_upto(n):
    sieve = [True] * (n + 1)
    for p in range(2, n + 1):
        if sieve[p]:
            yield p
            for m in range(p * p, n + 1, p):
                sieve[m] = False
print(list(primes_upto(50)), sum(primes_upto(2000)))
evens = (x for x in range(20) if x % 2 == 0)
print(next(evens), next(evens), list(evens))
