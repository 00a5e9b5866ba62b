import heapq
from dataclasses import dataclass, field

nums = [5, 1, 8, 3, 9, 2, 7]
h = nums[:]
heapq.heapify(h)
print(h, h[0])
heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.heappop(h), h)
print(heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(2, nums, key=lambda x: -x))
print(heapq.nsmallest(10, nums), heapq.nlargest(0, nums), heapq.nsmallest(1, []))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = []
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, Task(p, n))
while tasks:
    t = heapq.heappop(tasks)
    print(t.priority, t.name, end="; ")
print()
pq = []
for i, (p, n) in enumerate([(2, "b"), (1, "a"), (2, "c"), (1, "d")]):
    heapq.heappush(pq, (p, i, n))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 5)], "B": [("D", 1)]}
print(sorted(dijkstra(g, "A").items()))
mh = []
for x in [5, 1, 9, 3]:
    heapq.heappush(mh, -x)
print([-heapq.heappop(mh) for _ in range(4)])
try:
    heapq.heappush([1, "a"], 2)
    h2 = [1]
    heapq.heappush(h2, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(heapq.__all__)
