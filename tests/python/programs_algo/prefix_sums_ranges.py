from itertools import accumulate
from bisect import bisect_left, bisect_right
import operator
nums = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3]
prefix = list(accumulate(nums, initial=0))
print(prefix)
def range_sum(i, j):
    return prefix[j + 1] - prefix[i]
print([range_sum(i, j) for i, j in [(0, 0), (0, 9), (2, 5), (4, 4), (7, 9)]])
print(list(accumulate(nums, max)), list(accumulate(nums, min)))
print(list(accumulate(nums, operator.mul))[:6], list(accumulate(range(1, 8), lambda a, b: a * 10 + b)))
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
P = [[0] * (len(grid[0]) + 1) for _ in range(len(grid) + 1)]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        P[r + 1][c + 1] = v + P[r][c + 1] + P[r + 1][c] - P[r][c]
def rect(r1, c1, r2, c2):
    return P[r2 + 1][c2 + 1] - P[r1][c2 + 1] - P[r2 + 1][c1] + P[r1][c1]
print(P[-1], rect(0, 0, 2, 3), rect(1, 1, 2, 2), rect(0, 3, 2, 3))
diff = [0] * 11
for lo, hi, add in [(1, 4, 10), (3, 8, 5), (0, 9, 1)]:
    diff[lo] += add
    diff[hi + 1] -= add
print(list(accumulate(diff))[:10])
times = [1, 3, 3, 7, 10, 15, 15, 15, 20]
for lo, hi in [(3, 10), (0, 100), (15, 15), (16, 19)]:
    print((lo, hi), bisect_right(times, hi) - bisect_left(times, lo))
balance = list(accumulate([100, -30, -80, 50, -45, 10]))
print(balance, min(balance), next((i for i, b in enumerate(balance) if b < 0), None))
def max_subarray_len(nums, k):
    first = {0: -1}
    best = 0
    for i, s in enumerate(accumulate(nums)):
        if s - k in first:
            best = max(best, i - first[s - k])
        first.setdefault(s, i)
    return best
print(max_subarray_len([1, -1, 5, -2, 3], 3), max_subarray_len([-2, -1, 2, 1], 1))
def equilibrium(a):
    total, left = sum(a), 0
    for i, x in enumerate(a):
        if left == total - left - x:
            return i
        left += x
    return -1
print(equilibrium([-7, 1, 5, 2, -4, 3, 0]), equilibrium([1, 2, 3]))
running_avg = [round(s / n, 2) for n, s in enumerate(accumulate(nums), 1)]
print(running_avg)
