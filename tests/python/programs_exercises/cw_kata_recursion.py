from functools import lru_cache
import sys

sys.setrecursionlimit(5000)


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


def permutations_of(s):
    if len(s) <= 1:
        return {s}
    return {c + p for i, c in enumerate(s) for p in permutations_of(s[:i] + s[i + 1:])}


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def deep_sum(x):
    return sum(deep_sum(i) for i in x) if isinstance(x, list) else x


def count_change(money, coins):
    if money == 0:
        return 1
    if money < 0 or not coins:
        return 0
    return count_change(money - coins[0], coins) + count_change(money, coins[1:])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(hanoi(3), len(hanoi(10)))
print(power_set([1, 2, 3]))
print(sorted(permutations_of("aabc")), len(permutations_of("abcde")))
print([partitions(n) for n in range(1, 16)], partitions(100), partitions.cache_info().hits > 0)
print(ackermann(2, 3), ackermann(3, 3))
print(deep_sum([1, [2, [3, [4, [5]]]], []]), count_change(10, [5, 2, 3]), count_change(300, [5, 10, 20, 50, 100, 200, 500]))
print(depth(4000), sys.getrecursionlimit())


def runaway(n):
    return runaway(n + 1) + 1


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
