from functools import cache, lru_cache
from typing import List
from itertools import accumulate


class Solution:
    def canWinNim(self, n: int) -> bool:
        return n % 4 != 0

    def stoneGame(self, piles: List[int]) -> int:
        @cache
        def diff(i, j):
            if i > j:
                return 0
            return max(piles[i] - diff(i + 1, j), piles[j] - diff(i, j - 1))
        return diff(0, len(piles) - 1)

    def predictTheWinner(self, nums: List[int]) -> bool:
        return self.stoneGame(nums) >= 0

    def stoneGameII(self, piles: List[int]) -> int:
        suffix = list(accumulate(piles[::-1]))[::-1] + [0]

        @lru_cache(maxsize=None)
        def best(i, m):
            if i + 2 * m >= len(piles):
                return suffix[i]
            return max(suffix[i] - best(i + x, max(m, x)) for x in range(1, 2 * m + 1))
        return best(0, 1)

    def winnerSquareGame(self, n: int) -> bool:
        win = [False] * (n + 1)
        for i in range(1, n + 1):
            k = 1
            while k * k <= i:
                if not win[i - k * k]:
                    win[i] = True
                    break
                k += 1
        return win[n]

    def canIWin(self, maxInt: int, total: int) -> bool:
        if maxInt * (maxInt + 1) // 2 < total:
            return False

        @cache
        def go(mask, remaining):
            for i in range(maxInt):
                bit = 1 << i
                if not mask & bit and (i + 1 >= remaining or not go(mask | bit, remaining - i - 1)):
                    return True
            return False
        return go(0, total)

    def grundy(self, n: int, moves=(1, 3, 4)) -> List[int]:
        g = [0] * (n + 1)
        for i in range(1, n + 1):
            reach = {g[i - m] for m in moves if m <= i}
            g[i] = next(x for x in range(len(reach) + 1) if x not in reach)
        return g


s = Solution()
print([s.canWinNim(n) for n in range(1, 9)])
print(s.stoneGame([5, 3, 4, 5]), s.stoneGame([3, 7, 2, 3]), s.predictTheWinner([1, 5, 2]), s.predictTheWinner([1, 5, 233, 7]))
print(s.stoneGameII([2, 7, 9, 4, 4]), s.stoneGameII([1, 2, 3, 4, 5, 100]))
print([n for n in range(1, 30) if s.winnerSquareGame(n)])
print(s.canIWin(10, 11), s.canIWin(10, 0), s.canIWin(10, 1), s.canIWin(12, 40))
print(s.grundy(20))
