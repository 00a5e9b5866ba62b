from typing import List
from collections import Counter
import heapq


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        for i, n in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + n)
        return True

    def jump(self, nums: List[int]) -> int:
        jumps = end = far = 0
        for i in range(len(nums) - 1):
            far = max(far, i + nums[i])
            if i == end:
                jumps, end = jumps + 1, far
        return jumps

    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        if sum(gas) < sum(cost):
            return -1
        tank = start = 0
        for i, (g, c) in enumerate(zip(gas, cost)):
            tank += g - c
            if tank < 0:
                tank, start = 0, i + 1
        return start

    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        top = max(counts)
        ties = sum(c == top for c in counts)
        return max(len(tasks), (top - 1) * (n + 1) + ties)

    def reorganizeString(self, s: str) -> str:
        heap = [(-c, ch) for ch, c in Counter(s).items()]
        heapq.heapify(heap)
        out, prev = [], None
        while heap or prev:
            if prev and not heap:
                return ""
            c, ch = heapq.heappop(heap)
            out.append(ch)
            if prev:
                heapq.heappush(heap, prev)
                prev = None
            if c + 1:
                prev = (c + 1, ch)
        return "".join(out)

    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        out, start, end = [], 0, 0
        for i, c in enumerate(s):
            end = max(end, last[c])
            if i == end:
                out.append(end - start + 1)
                start = i + 1
        return out

    def candy(self, ratings: List[int]) -> int:
        n = len(ratings)
        c = [1] * n
        for i in range(1, n):
            if ratings[i] > ratings[i - 1]:
                c[i] = c[i - 1] + 1
        for i in range(n - 2, -1, -1):
            if ratings[i] > ratings[i + 1]:
                c[i] = max(c[i], c[i + 1] + 1)
        return sum(c)

    def largestNumber(self, nums: List[int]) -> str:
        from functools import cmp_to_key
        s = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
        return str(int("".join(s)))


s = Solution()
print(s.canJump([2, 3, 1, 1, 4]), s.canJump([3, 2, 1, 0, 4]), s.jump([2, 3, 1, 1, 4]), s.jump([2, 3, 0, 1, 4]))
print(s.canCompleteCircuit([1, 2, 3, 4, 5], [3, 4, 5, 1, 2]), s.canCompleteCircuit([2, 3, 4], [3, 4, 3]))
print(s.leastInterval(list("AAABBB"), 2), s.leastInterval(list("AAABBB"), 0), s.leastInterval(list("AAAAAABCDEFG"), 2))
print(repr(s.reorganizeString("aab")), repr(s.reorganizeString("aaab")), s.reorganizeString("vvvlo"))
print(s.partitionLabels("ababcbacadefegdehijhklij"), s.partitionLabels("eccbbbbdec"))
print(s.candy([1, 0, 2]), s.candy([1, 2, 2]), s.candy([1, 3, 4, 5, 2]))
print(s.largestNumber([10, 2]), s.largestNumber([3, 30, 34, 5, 9]), s.largestNumber([0, 0]))
