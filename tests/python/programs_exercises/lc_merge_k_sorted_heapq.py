# Merge k sorted lists with heapq.merge: values, stability, key/reverse, and the comparisons it makes
import heapq
from typing import List


class Solution:
    def mergeKLists(self, lists: List[List[int]]) -> List[int]:
        return list(heapq.merge(*lists))

    def mergeKDescending(self, lists: List[List[int]]) -> List[int]:
        return list(heapq.merge(*lists, reverse=True))

    def smallestRange(self, nums: List[List[int]]) -> List[int]:
        tagged = [[(v, i) for v in row] for i, row in enumerate(nums)]
        count = {}
        need = len(nums)
        best = [-10 ** 9, 10 ** 9]
        window = []
        left = 0
        for v, i in heapq.merge(*tagged):
            window.append((v, i))
            count[i] = count.get(i, 0) + 1
            while len(count) == need:
                lv, li = window[left]
                if v - lv < best[1] - best[0]:
                    best = [lv, v]
                count[li] -= 1
                if not count[li]:
                    del count[li]
                left += 1
        return best


class Task:
    def __init__(self, due, name):
        self.due, self.name = due, name

    def __lt__(self, other):
        print(f"  cmp {self.name}<{other.name}")
        return self.due < other.due

    def __repr__(self):
        return f"{self.name}@{self.due}"


s = Solution()
print(s.mergeKLists([[1, 4, 5], [1, 3, 4], [2, 6]]), s.mergeKLists([]), s.mergeKLists([[], [0]]))
print(s.mergeKDescending([[5, 4, 1], [4, 3, 1], [6, 2]]))
print(s.smallestRange([[4, 10, 15, 24, 26], [0, 9, 12, 20], [5, 18, 22, 30]]), s.smallestRange([[1, 2, 3], [1, 2, 3], [1, 2, 3]]))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([(1, "x"), (3, "y")], [(1, "a"), (2, "b")], key=lambda p: p[0])))
teams = [[Task(1, "a1"), Task(5, "a5")], [Task(2, "b2"), Task(3, "b3")], [Task(0, "c0"), Task(9, "c9")]]
print(list(heapq.merge(*teams)))
many = [list(range(i, 3000, 300)) for i in range(300)]
merged = s.mergeKLists(many)
print(len(merged), merged[:5], merged[-3:], merged == sorted(merged))
for bad in ([[1, 2], [3]], [0, 1, 2]), ((3, 1, 2), "abc"), ([1, 2], [(1, "a")]):
    try:
        print(list(heapq.merge(*bad)))
    except TypeError as e:
        print("TypeError:", e)
r = range(10)
for sl in (slice(None, None, 2), slice(8, 2, -3), slice(1.5, None), slice(None, None, 1.5), slice(None, None, 0)):
    try:
        print(sl, list(r[sl]), r[sl])
    except (TypeError, ValueError) as e:
        print(sl, type(e).__name__, e)
