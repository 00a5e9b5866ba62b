from typing import List
from functools import lru_cache


class Solution:
    def maxProfitUnlimited(self, prices: List[int]) -> int:
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))

    def maxProfitCooldown(self, prices: List[int]) -> int:
        hold, sold, rest = float("-inf"), 0, 0
        for p in prices:
            hold, sold, rest = max(hold, rest - p), hold + p, max(rest, sold)
        return max(sold, rest)

    def maxProfitFee(self, prices: List[int], fee: int) -> int:
        cash, hold = 0, -prices[0]
        for p in prices[1:]:
            cash, hold = max(cash, hold + p - fee), max(hold, cash - p)
        return cash

    def maxProfitK(self, k: int, prices: List[int]) -> int:
        @lru_cache(maxsize=None)
        def go(i, left, holding):
            if i == len(prices) or left == 0:
                return 0
            skip = go(i + 1, left, holding)
            if holding:
                act = prices[i] + go(i + 1, left - 1, False)
            else:
                act = -prices[i] + go(i + 1, left, True)
            return max(skip, act)

        result = go(0, k, False)
        info = go.cache_info()
        print(f"  states={info.currsize} hits={info.hits} misses={info.misses}")
        return result

    def bestTrades(self, prices: List[int]):
        trades, i, n = [], 0, len(prices)
        while i < n - 1:
            while i < n - 1 and prices[i + 1] <= prices[i]:
                i += 1
            buy = i
            while i < n - 1 and prices[i + 1] >= prices[i]:
                i += 1
            if i > buy:
                trades.append((buy, i, prices[i] - prices[buy]))
        return trades


s = Solution()
prices = [7, 1, 5, 3, 6, 4]
print(s.maxProfitUnlimited(prices), s.maxProfitUnlimited([1, 2, 3, 4, 5]), s.maxProfitUnlimited([7, 6, 4, 3, 1]))
print(s.maxProfitCooldown([1, 2, 3, 0, 2]), s.maxProfitCooldown([1]))
print(s.maxProfitFee([1, 3, 2, 8, 4, 9], 2), s.maxProfitFee([1, 3, 7, 5, 10, 3], 3))
print(s.maxProfitK(2, [2, 4, 1]))
print(s.maxProfitK(2, [3, 2, 6, 5, 0, 3]))
print(s.maxProfitK(3, [3, 3, 5, 0, 0, 3, 1, 4, 2, 9, 1, 7]))
for buy, sell, gain in s.bestTrades([100, 180, 260, 310, 40, 535, 695]):
    print(f"buy day {buy} sell day {sell}: +{gain:>4} ({gain / [100, 180, 260, 310, 40, 535, 695][buy]:.1%})")
