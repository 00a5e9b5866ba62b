from math import factorial, comb, perm
from itertools import permutations, combinations, islice
from typing import List


class Solution:
    def getPermutation(self, n: int, k: int) -> str:
        digits = [str(i) for i in range(1, n + 1)]
        k -= 1
        out = []
        for i in range(n, 0, -1):
            idx, k = divmod(k, factorial(i - 1))
            out.append(digits.pop(idx))
        return "".join(out)

    def numTrees(self, n: int) -> int:
        return comb(2 * n, n) // (n + 1)

    def combine(self, n: int, k: int) -> List[List[int]]:
        return [list(c) for c in combinations(range(1, n + 1), k)]

    def getRow(self, r: int) -> List[int]:
        return [comb(r, i) for i in range(r + 1)]

    def numberOfArrangements(self, n, k):
        return perm(n, k), perm(n), comb(n, k), comb(n, 0), comb(k, n) if k < n else None

    def rankOfPermutation(self, p: str) -> int:
        rank = 1
        for i, ch in enumerate(p):
            smaller = sum(c < ch for c in p[i + 1:])
            rank += smaller * factorial(len(p) - i - 1)
        return rank


s = Solution()
print([s.getPermutation(3, k) for k in range(1, 7)], s.getPermutation(4, 9), s.getPermutation(9, 362880))
print("".join(next(islice(permutations("123"), 4, None))), s.rankOfPermutation("231"), s.rankOfPermutation("987654321"))
print([s.numTrees(n) for n in range(1, 15)])
print(s.combine(4, 2), s.combine(1, 1))
print(s.getRow(10), s.getRow(0), max(s.getRow(60)))
print(s.numberOfArrangements(10, 3), s.numberOfArrangements(3, 5))
print(comb(100, 50), perm(20, 20) == factorial(20), comb(5, 7), perm(5, 0))
for bad in [(-1, 2), (3, -1)]:
    try:
        comb(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    factorial(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    comb(3.0, 1)
except TypeError as e:
    print("TypeError:", e)
