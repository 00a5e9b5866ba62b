import heapq
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return [x for x, _ in Counter(nums).most_common(k)]

    def topKWords(self, words: List[str], k: int) -> List[str]:
        cnt = Counter(words)
        return heapq.nsmallest(k, cnt, key=lambda w: (-cnt[w], w))

    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = nums[:k]
        heapq.heapify(heap)
        for n in nums[k:]:
            if n > heap[0]:
                heapq.heapreplace(heap, n)
        return heap[0]

    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)

    def mergeKLists(self, lists: List[List[int]]) -> List[int]:
        return list(heapq.merge(*lists))

    def kSmallestPairs(self, a, b, k):
        heap = [(a[i] + b[0], i, 0) for i in range(min(k, len(a)))]
        heapq.heapify(heap)
        out = []
        while heap and len(out) < k:
            _, i, j = heapq.heappop(heap)
            out.append([a[i], b[j]])
            if j + 1 < len(b):
                heapq.heappush(heap, (a[i] + b[j + 1], i, j + 1))
        return out


class MedianFinder:
    def __init__(self):
        self.lo = []  # max-heap as negatives
        self.hi = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.lo, -num)
        heapq.heappush(self.hi, -heapq.heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))

    def findMedian(self) -> float:
        if len(self.lo) > len(self.hi):
            return float(-self.lo[0])
        return (-self.lo[0] + self.hi[0]) / 2


s = Solution()
print(s.topKFrequent([1, 1, 1, 2, 2, 3], 2), s.topKFrequent([1], 1))
print(s.topKWords(["i", "love", "leetcode", "i", "love", "coding"], 2))
print(s.topKWords(["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"], 4))
print(s.findKthLargest([3, 2, 1, 5, 6, 4], 2), s.findKthLargest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4))
print(s.kClosest([[1, 3], [-2, 2]], 1), s.kClosest([[3, 3], [5, -1], [-2, 4]], 2))
print(s.mergeKLists([[1, 4, 5], [1, 3, 4], [2, 6]]))
print(s.kSmallestPairs([1, 7, 11], [2, 4, 6], 3), s.kSmallestPairs([1, 1, 2], [1, 2, 3], 2))
mf = MedianFinder()
for n in [5, 15, 1, 3, 8]:
    mf.addNum(n)
    print(n, mf.findMedian(), sorted(-x for x in mf.lo), sorted(mf.hi))
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h)
print(h, heapq.nlargest(3, h), heapq.heappushpop(h, 0), h)
