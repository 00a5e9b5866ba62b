# The ProcessPoolExecutor tutorial: CPU-bound work behind a __main__ guard.
import math
from concurrent.futures import ProcessPoolExecutor, as_completed

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True

def count_primes(bounds):
    lo, hi = bounds
    return lo, sum(1 for n in range(lo, hi) if is_prime(n))

if __name__ == "__main__":
    chunks = [(i, i + 2500) for i in range(0, 10000, 2500)]
    with ProcessPoolExecutor(max_workers=2) as ex:
        for lo, count in ex.map(count_primes, chunks):
            print(f"primes in [{lo}, {lo + 2500}): {count}")
        futures = [ex.submit(is_prime, n) for n in (97, 100, 7919)]
        print([f.result() for f in futures])
        print(sorted(f.result() for f in as_completed([ex.submit(math.factorial, n) for n in (5, 3, 4)])))
        print(list(ex.map(pow, [2, 3], [10, 3], chunksize=2)))
