from typing import List


class Solution:
    def peakIndex(self, arr: List[int]) -> int:
        i = 0
        while arr[i] < arr[i + 1]:
            i += 1
        return i


s = Solution()
print(s.peakIndex([0, 1, 0]))
print(s.peakIndex([0, 2, 1, 0]))
print(s.peakIndex([1, 2, 3]))
print("not reached")
