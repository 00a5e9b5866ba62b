import functools
from collections import OrderedDict

def memoize(maxsize=None):
    def decorator(fn):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0, "evictions": 0}

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = fn(*args, **kwargs)
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                cache.popitem(last=False)
                stats["evictions"] += 1
            return result

        wrapper.stats = lambda: dict(stats, size=len(cache))
        wrapper.clear = lambda: (cache.clear(), stats.update(hits=0, misses=0, evictions=0))
        wrapper.keys = lambda: [k[0] for k in cache]
        return wrapper
    return decorator

@memoize()
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)

print(binomial(30, 15), binomial.stats())
print([binomial(6, k) for k in range(7)], binomial.stats()["hits"] > 0)
binomial.clear()
print(binomial.stats())

@memoize(maxsize=3)
def slow_square(x, *, offset=0):
    return x * x + offset

for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(x)
print(slow_square.stats(), slow_square.keys())
print(slow_square(2, offset=1), slow_square(2, offset=1), slow_square.stats()["hits"])
try:
    slow_square([1])
except TypeError as e:
    print(type(e).__name__, e)

@functools.lru_cache(maxsize=2)
def lru(x):
    print("  computing", x)
    return x * 10

for x in [1, 2, 1, 3, 2, 1]:
    lru(x)
print(lru.cache_info())

def edit_distance(a, b):
    @functools.cache
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = a[i - 1] != b[j - 1]
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)
    result = d(len(a), len(b))
    return result, d.cache_info().currsize

for pair in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(pair, edit_distance(*pair))

@functools.lru_cache(maxsize=None)
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))

print([partitions(n) for n in range(1, 16)])
print(partitions.cache_info().currsize > 50, partitions.__wrapped__.__name__)
