import sys
from functools import lru_cache

def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print([fib_memo(i) for i in range(15)])
print(fib_memo(200))
@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 20)])
print(partitions.cache_info().hits > 0)
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
mv = []
hanoi(4, "A", "C", "B", mv)
print(len(mv), mv[:5])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def permute(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permute(s[:i] + s[i + 1:])]
print(permute("abc"))
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(subsets([1, 2, 3]))
def flatten(x):
    if isinstance(x, list):
        return [a for item in x for a in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]], 6], [[7]]]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
print(sys.getrecursionlimit())
def catalan(n, cache={0: 1}):
    if n not in cache:
        cache[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return cache[n]
print([catalan(i) for i in range(12)])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(0, 5), gcd(17, 0))
def power_set_str(s, prefix=""):
    if not s:
        print(repr(prefix), end=" ")
        return
    power_set_str(s[1:], prefix + s[0])
    power_set_str(s[1:], prefix)
power_set_str("xyz")
print()
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as ex:
    print(type(ex).__name__, ex)
def binsearch(a, x, lo=0, hi=None):
    hi = len(a) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid - 1)
print([binsearch(list(range(0, 50, 5)), x) for x in (0, 25, 45, 7)])
