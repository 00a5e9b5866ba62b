from typing import List
from itertools import accumulate
from collections import defaultdict
import bisect


class Solution:
    def nextGreaterElements(self, nums: List[int]) -> List[int]:
        n = len(nums)
        res = [-1] * n
        stack = []
        for i in range(2 * n):
            while stack and nums[stack[-1]] < nums[i % n]:
                res[stack.pop()] = nums[i % n]
            if i < n:
                stack.append(i)
        return res

    def sumSubarrayMins(self, arr: List[int]) -> int:
        MOD = 10 ** 9 + 7
        stack = []
        res = 0
        arr = [0] + arr + [0]
        for i, x in enumerate(arr):
            while stack and arr[stack[-1]] > x:
                j = stack.pop()
                k = stack[-1]
                res += arr[j] * (i - j) * (j - k)
            stack.append(i)
        return res % MOD

    def pivotIndex(self, nums: List[int]) -> int:
        total = sum(nums)
        left = 0
        for i, n in enumerate(nums):
            if left == total - left - n:
                return i
            left += n
        return -1

    def findMaxLength(self, nums: List[int]) -> int:
        first = {0: -1}
        best = bal = 0
        for i, n in enumerate(nums):
            bal += 1 if n else -1
            if bal in first:
                best = max(best, i - first[bal])
            else:
                first[bal] = i
        return best

    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        seen = {0: -1}
        for i, p in enumerate(accumulate(nums)):
            r = p % k
            if r in seen:
                if i - seen[r] > 1:
                    return True
            else:
                seen[r] = i
        return False

    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        pre = [0, *accumulate(nums)]
        best = len(nums) + 1
        for i, p in enumerate(pre):
            j = bisect.bisect_left(pre, p + target)
            if j < len(pre):
                best = min(best, j - i)
        return best % (len(nums) + 1)

    def matrixBlockSum(self, mat, k):
        m, n = len(mat), len(mat[0])
        P = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m):
            for j in range(n):
                P[i + 1][j + 1] = mat[i][j] + P[i][j + 1] + P[i + 1][j] - P[i][j]
        res = [[0] * n for _ in range(m)]
        for i in range(m):
            for j in range(n):
                r1, c1, r2, c2 = max(0, i - k), max(0, j - k), min(m, i + k + 1), min(n, j + k + 1)
                res[i][j] = P[r2][c2] - P[r1][c2] - P[r2][c1] + P[r1][c1]
        return res


s = Solution()
print(s.nextGreaterElements([1, 2, 1]), s.nextGreaterElements([1, 2, 3, 4, 3]))
print(s.sumSubarrayMins([3, 1, 2, 4]), s.sumSubarrayMins([11, 81, 94, 43, 3]), s.sumSubarrayMins(list(range(1, 3001))))
print(s.pivotIndex([1, 7, 3, 6, 5, 6]), s.pivotIndex([1, 2, 3]), s.pivotIndex([2, 1, -1]))
print(s.findMaxLength([0, 1]), s.findMaxLength([0, 1, 0]), s.findMaxLength([0, 0, 1, 0, 0, 0, 1, 1]))
print(s.checkSubarraySum([23, 2, 4, 6, 7], 6), s.checkSubarraySum([23, 2, 6, 4, 7], 13))
print(s.minSubArrayLen(7, [2, 3, 1, 2, 4, 3]), s.minSubArrayLen(4, [1, 4, 4]), s.minSubArrayLen(11, [1, 1, 1, 1]))
print(s.matrixBlockSum([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1))
