from typing import List
import heapq
import bisect


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        out = []
        for s, e in sorted(intervals, key=lambda x: x[0]):
            if out and s <= out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        return out

    def insert(self, intervals: List[List[int]], new: List[int]) -> List[List[int]]:
        i = bisect.bisect_left(intervals, new)
        return self.merge(intervals[:i] + [new] + intervals[i:])

    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        end, removed = float("-inf"), 0
        for s, e in sorted(intervals, key=lambda x: x[1]):
            if s >= end:
                end = e
            else:
                removed += 1
        return removed

    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        rooms: List[int] = []
        for s, e in sorted(intervals):
            if rooms and rooms[0] <= s:
                heapq.heapreplace(rooms, e)
            else:
                heapq.heappush(rooms, e)
        return len(rooms)

    def intervalIntersection(self, a, b):
        i = j = 0
        out = []
        while i < len(a) and j < len(b):
            lo = max(a[i][0], b[j][0])
            hi = min(a[i][1], b[j][1])
            if lo <= hi:
                out.append((lo, hi))
            if a[i][1] < b[j][1]:
                i += 1
            else:
                j += 1
        return out


s = Solution()
print(s.merge([[1, 3], [2, 6], [8, 10], [15, 18]]))
print(s.merge([[1, 4], [4, 5]]), s.merge([[1, 4], [0, 0]]))
print(s.insert([[1, 3], [6, 9]], [2, 5]))
print(s.insert([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]))
print(s.eraseOverlapIntervals([[1, 2], [2, 3], [3, 4], [1, 3]]))
print(s.minMeetingRooms([[0, 30], [5, 10], [15, 20]]), s.minMeetingRooms([[7, 10], [2, 4]]))
print(s.intervalIntersection([[0, 2], [5, 10], [13, 23], [24, 25]], [[1, 5], [8, 12], [15, 24], [25, 26]]))
for iv in s.merge([[5, 7], [1, 2], [2, 4]]):
    print("{:>3}-{:<3}|".format(*iv), "%03d..%-4d|" % tuple(iv))
