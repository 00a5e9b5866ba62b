import heapq
import bisect

nums = [34, 5, 78, 12, 5, 99, 3, 45]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
people = [{"name": "a", "age": 31}, {"name": "b", "age": 25}, {"name": "c", "age": 31}, {"name": "d", "age": 40}]
print(heapq.nlargest(2, people, key=lambda p: p["age"]))
print(heapq.nsmallest(2, people, key=lambda p: p["age"]))
print(heapq.nlargest(10, [3, 1]), heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
data = [9, 7, 5, 3, 1, 8]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
print(list(heapq.merge([5, 3], [4, 1], reverse=True)))
pq = []
heapq.heappush(pq, (2, "write code"))
heapq.heappush(pq, (1, "write spec"))
heapq.heappush(pq, (3, "release"))
heapq.heappush(pq, (1, "approve"))
while pq:
    print(heapq.heappop(pq))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
print(bisect.bisect_left(a, 4, lo=3), bisect.bisect_right(a, 4, 0, 2))
recs = [("apple", 3), ("fig", 7), ("kiwi", 9)]
print(bisect.bisect_left(recs, 7, key=lambda r: r[1]))
bisect.insort(recs, ("date", 5), key=lambda r: r[1])
print(recs)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x!r} is not in list")
print(index(a, 8))
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __repr__(self):
        return f"Job({self.p}, {self.n!r})"
jobs = [Job(3, "x"), Job(1, "y")]
try:
    heapq.heapify(jobs)
except TypeError as e:
    print(type(e).__name__, e)
heapq.heappush(pq, (1, {"a": 1}))
heapq.heappush(pq, (1, {"b": 2}))
