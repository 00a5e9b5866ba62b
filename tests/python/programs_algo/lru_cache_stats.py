from functools import lru_cache, cache
import functools

calls = []
@lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    return n * n
seq = [1, 2, 3, 1, 4, 5, 1, 2, 6, 1]
print([slow_square(n) for n in seq])
print(calls)
info = slow_square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, info._fields, tuple(info))
slow_square.cache_clear()
print(slow_square.cache_info())
@lru_cache(maxsize=2, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(1), kind.cache_info())
@lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info())
@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info().currsize)
@lru_cache(None)
def stairs(n, steps=(1, 2, 3)):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return sum(stairs(n - s, steps) for s in steps)
print([stairs(n) for n in range(12)])
print(stairs(30, (1, 3, 5)), stairs.cache_info().misses > 0)
try:
    slow_square([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
@lru_cache
def kw(a, b=0):
    return a + b
kw(1); kw(1, 0); kw(a=1); kw(1, b=0); kw(b=0, a=1)
print(kw.cache_info())
print(slow_square.__wrapped__(9), slow_square.__name__, slow_square.__doc__)
class Fib:
    @functools.lru_cache(maxsize=None)
    def __call__(self, n):
        return n if n < 2 else self(n - 1) + self(n - 2)
f = Fib()
print(f(50), Fib.__call__.cache_info().hits)
def memoize(fn):
    memo = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in memo:
            memo[args] = fn(*args)
        return memo[args]
    wrapper.memo = memo
    return wrapper
@memoize
def lcs(a, b):
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTAB", "GXTXAYB"), len(lcs.memo), lcs.__name__, lcs.__wrapped__.__name__)
print(functools.lru_cache(maxsize=None)(len).cache_parameters())
try:
    lru_cache(maxsize="big")
except TypeError as ex:
    print(type(ex).__name__, ex)
