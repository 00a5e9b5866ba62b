import bisect
import heapq

scores = [33, 99, 77, 70, 89, 90, 100]
breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(breakpoints, s)] for s in scores])
data = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 4, 5, 10):
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x), bisect.bisect(data, x, 2, 5))
bisect.insort(data, 5)
bisect.insort_left(data, 4)
bisect.insort_right(data, 4, lo=0)
print(data)
records = [("apple", 3), ("banana", 7), ("cherry", 12)]
print(bisect.bisect_left(records, 7, key=lambda r: r[1]))
bisect.insort(records, ("date", 9), key=lambda r: r[1])
print(records)
try:
    bisect.bisect_left(data, 1, lo=-1)
except ValueError as e:
    print("ValueError", e)

heap = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, v)
print(heap, heapq.heappop(heap), heap)
print(heapq.heappushpop(heap, 0), heapq.heapreplace(heap, 10), heap)
nums = [15, 3, 27, 8, 42, 4, 16]
heapq.heapify(nums)
print(nums, [heapq.heappop(nums) for _ in range(len(nums))])
people = [{"name": "a", "age": 30}, {"name": "b", "age": 25}, {"name": "c", "age": 35}, {"name": "d", "age": 25}]
print(heapq.nlargest(2, people, key=lambda p: p["age"]))
print(heapq.nsmallest(3, people, key=lambda p: p["age"]))
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["Banana", "date"], key=str.lower)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush([1, "a"], 2)
    heapq.heapify([1, "a", None])
except TypeError as e:
    print("TypeError", e)
