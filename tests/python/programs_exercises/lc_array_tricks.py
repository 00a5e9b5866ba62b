from typing import List
from itertools import accumulate
from collections import Counter
import operator


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        left = list(accumulate([1] + nums[:-1], operator.mul))
        right = list(accumulate([1] + nums[:0:-1], operator.mul))[::-1]
        return [a * b for a, b in zip(left, right)]

    def maxSubArray(self, nums: List[int]) -> int:
        best = cur = nums[0]
        for n in nums[1:]:
            cur = max(n, cur + n)
            best = max(best, cur)
        return best

    def maxProfit(self, prices: List[int]) -> int:
        lowest, best = float("inf"), 0
        for p in prices:
            lowest = min(lowest, p)
            best = max(best, p - lowest)
        return best

    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = Counter({0: 1})
        total = count = 0
        for s in accumulate(nums):
            count += seen[s - k]
            seen[s] += 1
        return count

    def moveZeroes(self, nums: List[int]) -> None:
        nums.sort(key=lambda x: x == 0)

    def rotate(self, nums: List[int], k: int) -> None:
        k %= len(nums)
        nums[:] = nums[-k:] + nums[:-k]

    def majorityElement(self, nums: List[int]) -> int:
        return Counter(nums).most_common(1)[0][0]

    def containsDuplicate(self, nums: List[int]) -> bool:
        return len(set(nums)) != len(nums)

    def trap(self, height: List[int]) -> int:
        lm = list(accumulate(height, max))
        rm = list(accumulate(height[::-1], max))[::-1]
        return sum(min(a, b) - h for a, b, h in zip(lm, rm, height))

    def nextPermutation(self, nums: List[int]) -> None:
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:
            j = len(nums) - 1
            while nums[j] <= nums[i]:
                j -= 1
            nums[i], nums[j] = nums[j], nums[i]
        nums[i + 1:] = reversed(nums[i + 1:])


s = Solution()
print(s.productExceptSelf([1, 2, 3, 4]), s.productExceptSelf([-1, 1, 0, -3, 3]))
print(s.maxSubArray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), s.maxSubArray([-3, -1]))
print(s.maxProfit([7, 1, 5, 3, 6, 4]), s.maxProfit([7, 6, 4, 3, 1]))
print(s.subarraySum([1, 1, 1], 2), s.subarraySum([1, 2, 3], 3))
a = [0, 1, 0, 3, 12]
s.moveZeroes(a)
print(a)
b = [1, 2, 3, 4, 5, 6, 7]
s.rotate(b, 3)
print(b)
print(s.majorityElement([2, 2, 1, 1, 1, 2, 2]), s.containsDuplicate([1, 2, 3, 1]), s.containsDuplicate([1, 2]))
print(s.trap([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]), s.trap([4, 2, 0, 3, 2, 5]))
p = [1, 2, 3]
for _ in range(6):
    s.nextPermutation(p)
    print(p, end=" ")
print()
print(list(accumulate([1, 2, 3, 4], initial=100)), list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], min)))
