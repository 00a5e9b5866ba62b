import bisect
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1

    def searchRange(self, nums: List[int], target: int) -> List[int]:
        lo = bisect.bisect_left(nums, target)
        if lo == len(nums) or nums[lo] != target:
            return [-1, -1]
        return [lo, bisect.bisect_right(nums, target) - 1]

    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]

    def mySqrt(self, x: int) -> int:
        lo, hi = 0, x
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if mid * mid <= x:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        return bisect.bisect_left(range(1, max(piles) + 1), True,
                                  key=lambda k: sum((p + k - 1) // k for p in piles) <= h) + 1

    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        flat = [x for row in matrix for x in row]
        i = bisect.bisect_left(flat, target)
        return i < len(flat) and flat[i] == target

    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for n in nums:
            i = bisect.bisect_left(tails, n)
            tails[i:i + 1] = [n]
        return len(tails)


s = Solution()
print(s.search([4, 5, 6, 7, 0, 1, 2], 0), s.search([4, 5, 6, 7, 0, 1, 2], 3), s.search([1], 0))
print(s.searchRange([5, 7, 7, 8, 8, 10], 8), s.searchRange([5, 7, 7, 8, 8, 10], 6), s.searchRange([], 0))
print(s.findMin([3, 4, 5, 1, 2]), s.findMin([11, 13, 15, 17]))
print([s.mySqrt(x) for x in (0, 1, 4, 8, 15, 16, 2 ** 31 - 1)])
import math
print(math.isqrt(10 ** 40 + 12345), s.mySqrt(10 ** 20) == math.isqrt(10 ** 20))
print(s.minEatingSpeed([3, 6, 7, 11], 8), s.minEatingSpeed([30, 11, 23, 4, 20], 5), s.minEatingSpeed([30, 11, 23, 4, 20], 6))
print(s.searchMatrix([[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 3), s.searchMatrix([[1, 3]], 13))
print(s.lengthOfLIS([10, 9, 2, 5, 3, 7, 101, 18]), s.lengthOfLIS([0, 1, 0, 3, 2, 3]), s.lengthOfLIS([7] * 7))
data = [1, 2, 4, 4, 4, 8]
bisect.insort(data, 4)
bisect.insort_left(data, 3)
print(data, bisect.bisect(data, 4), bisect.bisect_left(data, 4, 0, 3), bisect.bisect_right(data, 100))
rows = [("b", 2), ("d", 4)]
bisect.insort(rows, ("c", 3), key=lambda r: r[1])
print(rows)
