from functools import cache
from typing import List


class Solution:
    def tsp(self, dist: List[List[int]]) -> int:
        n = len(dist)

        @cache
        def go(mask, u):
            if mask == (1 << n) - 1:
                return dist[u][0]
            return min(dist[u][v] + go(mask | 1 << v, v) for v in range(n) if not mask >> v & 1)

        return go(1, 0)

    def canPartitionKSubsets(self, nums: List[int], k: int) -> bool:
        total = sum(nums)
        if total % k:
            return False
        target = total // k
        nums.sort(reverse=True)

        @cache
        def go(mask, cur):
            if mask == (1 << len(nums)) - 1:
                return cur == 0
            for i, x in enumerate(nums):
                if not mask & (1 << i) and cur + x <= target:
                    if go(mask | 1 << i, (cur + x) % target):
                        return True
            return False

        return go(0, 0)

    def maxProduct(self, words: List[str]) -> int:
        masks = [sum(1 << (ord(c) - 97) for c in set(w)) for w in words]
        return max((len(a) * len(b) for i, a in enumerate(words) for j, b in enumerate(words[:i])
                    if not masks[i] & masks[j]), default=0)

    def findMaximumXOR(self, nums: List[int]) -> int:
        best = 0
        for bit in range(31, -1, -1):
            best <<= 1
            prefixes = {n >> bit for n in nums}
            if any((best | 1) ^ p in prefixes for p in prefixes):
                best |= 1
        return best

    def minStickers(self, stickers: List[str], target: str) -> int:
        from collections import Counter
        sc = [Counter(s) for s in stickers]

        @cache
        def go(rem):
            if not rem:
                return 0
            need = Counter(rem)
            best = float("inf")
            for c in sc:
                if c[rem[0]] == 0:
                    continue
                left = "".join(sorted((need - c).elements()))
                best = min(best, 1 + go(left))
            return best

        r = go("".join(sorted(target)))
        return -1 if r == float("inf") else r


s = Solution()
D = [[0, 10, 15, 20], [10, 0, 35, 25], [15, 35, 0, 30], [20, 25, 30, 0]]
print(s.tsp(D), s.tsp([[0, 1], [1, 0]]))
print(s.canPartitionKSubsets([4, 3, 2, 3, 5, 2, 1], 4), s.canPartitionKSubsets([1, 2, 3, 4], 3))
print(s.maxProduct(["abcw", "baz", "foo", "bar", "xtfn", "abcdef"]), s.maxProduct(["a", "aa", "aaa"]))
print(s.findMaximumXOR([3, 10, 5, 25, 2, 8]), s.findMaximumXOR([14, 70, 53, 83, 49, 91, 36, 80, 92, 51, 66, 70]))
print(s.minStickers(["with", "example", "science"], "thehat"), s.minStickers(["notice", "possible"], "basicbasic"))
print([bin(m).count("1") for m in range(16)], [m for m in range(32) if m & (m >> 1) == 0][:10])
