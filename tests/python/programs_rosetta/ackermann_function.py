import sys
from functools import lru_cache

sys.setrecursionlimit(10000)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


@lru_cache(maxsize=None)
def ack_cached(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack_cached(m - 1, 1)
    return ack_cached(m - 1, ack_cached(m, n - 1))


def ack_iter(m, n):
    stack = [m]
    while stack:
        m = stack.pop()
        if m == 0:
            n += 1
        elif n == 0:
            stack.append(m - 1)
            n = 1
        else:
            stack.append(m - 1)
            stack.append(m)
            n -= 1
    return n


for m in range(4):
    print(m, [ack(m, n) for n in range(5)])
print("ack(3, 6) =", ack_cached(3, 6))
print("iter ack(3, 5) =", ack_iter(3, 5))
print("iter ack(2, 100) =", ack_iter(2, 100))
print(ack_cached.cache_info().hits > 0)
