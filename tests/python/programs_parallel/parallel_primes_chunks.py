import threading
import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

class PrimeWorker(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__(name=f"primes[{lo}:{hi}]")
        self.lo, self.hi = lo, hi
        self.found = []

    def run(self):
        self.found = [n for n in range(self.lo, self.hi) if is_prime(n)]

LIMIT = 5000
step = LIMIT // 4
workers = [PrimeWorker(i, min(i + step, LIMIT)) for i in range(0, LIMIT, step)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(f"{w.name:<18} count={len(w.found):4d} first={w.found[:3]} last={w.found[-1]}")
primes = [p for w in workers for p in w.found]
print(len(primes), primes[-5:])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap", max(gaps), "at", primes[gaps.index(max(gaps))])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print("twin pairs", len(twins), twins[:4], twins[-1])
print(f"density {len(primes) / LIMIT:.2%} vs 1/ln {1 / math.log(LIMIT):.4f}")
