from typing import List, Optional, Dict, Tuple


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: Dict[int, int] = {}
        for i, n in enumerate(nums):
            if target - n in seen:
                return [seen[target - n], i]
            seen[n] = i
        return []

    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        out = []
        for i in range(len(nums) - 2):
            if i and nums[i] == nums[i - 1]:
                continue
            lo, hi = i + 1, len(nums) - 1
            while lo < hi:
                s = nums[i] + nums[lo] + nums[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    out.append([nums[i], nums[lo], nums[hi]])
                    while lo < hi and nums[lo] == nums[lo + 1]:
                        lo += 1
                    lo += 1
                    hi -= 1
        return out

    def fourSumCount(self, a: List[int], b: List[int], c: List[int], d: List[int]) -> int:
        from collections import Counter
        ab = Counter(x + y for x in a for y in b)
        return sum(ab[-(x + y)] for x in c for y in d)

    def twoSumSorted(self, numbers: List[int], target: int) -> Tuple[int, int]:
        i, j = 0, len(numbers) - 1
        while i < j:
            s = numbers[i] + numbers[j]
            if s == target:
                return (i + 1, j + 1)
            if s < target:
                i += 1
            else:
                j -= 1
        return (-1, -1)


sol = Solution()
print(sol.twoSum([2, 7, 11, 15], 9))
print(sol.twoSum([3, 2, 4], 6))
print(sol.twoSum([1, 2], 7))
print(sol.threeSum([-1, 0, 1, 2, -1, -4]))
print(sol.threeSum([0, 0, 0, 0]))
print(sol.fourSumCount([1, 2], [-2, -1], [-1, 2], [0, 2]))
print(sol.twoSumSorted([2, 7, 11, 15], 9), sol.twoSumSorted([1, 3], 5))
print(Solution.twoSum.__annotations__)
print(Solution.threeSum.__annotations__['return'])
print(Solution.twoSumSorted.__annotations__['return'])
print(Optional[int], Dict[str, List[int]])
