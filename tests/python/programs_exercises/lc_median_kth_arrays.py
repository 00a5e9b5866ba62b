from typing import List
import heapq
import bisect


class Solution:
    def findMedianSortedArrays(self, a: List[int], b: List[int]) -> float:
        if len(a) > len(b):
            a, b = b, a
        m, n = len(a), len(b)
        lo, hi, half = 0, m, (m + n + 1) // 2
        while lo <= hi:
            i = (lo + hi) // 2
            j = half - i
            al = a[i - 1] if i else float("-inf")
            ar = a[i] if i < m else float("inf")
            bl = b[j - 1] if j else float("-inf")
            br = b[j] if j < n else float("inf")
            if al <= br and bl <= ar:
                if (m + n) % 2:
                    return float(max(al, bl))
                return (max(al, bl) + min(ar, br)) / 2
            if al > br:
                hi = i - 1
            else:
                lo = i + 1

    def kthSmallestMatrix(self, matrix: List[List[int]], k: int) -> int:
        return list(heapq.merge(*matrix))[k - 1]

    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        win = sorted(nums[:k])
        out = []
        for i in range(k, len(nums) + 1):
            out.append((win[k // 2] + win[(k - 1) // 2]) / 2)
            if i == len(nums):
                break
            win.pop(bisect.bisect_left(win, nums[i - k]))
            bisect.insort(win, nums[i])
        return out

    def smallestDistancePair(self, nums: List[int], k: int) -> int:
        nums.sort()

        def count(d):
            c = j = 0
            for i, x in enumerate(nums):
                while nums[i] - nums[j] > d:
                    j += 1
                c += i - j
            return c

        lo, hi = 0, nums[-1] - nums[0]
        while lo < hi:
            mid = (lo + hi) // 2
            if count(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo


s = Solution()
print(s.findMedianSortedArrays([1, 3], [2]), s.findMedianSortedArrays([1, 2], [3, 4]), s.findMedianSortedArrays([], [1]),
      s.findMedianSortedArrays([0, 0], [0, 0]), s.findMedianSortedArrays([1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]))
print(s.kthSmallestMatrix([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8), s.kthSmallestMatrix([[-5]], 1))
print(s.medianSlidingWindow([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(s.medianSlidingWindow([1, 2, 3, 4, 2, 3, 1, 4, 2], 4))
print(s.smallestDistancePair([1, 3, 1], 1), s.smallestDistancePair([1, 1, 1], 2), s.smallestDistancePair([1, 6, 1], 3))
