import heapq

data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
h = list(data)
heapq.heapify(h)
print(h)
heapq.heappush(h, -1)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(3)])
print(heapq.heappushpop(h, 100), heapq.heappushpop(h, -50))
print(heapq.heapreplace(h, 42), h[0])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19), ("ed", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(10, [3, 1]), heapq.nsmallest(0, data), heapq.nlargest(1, []))
print(heapq.nsmallest(1, data), heapq.nlargest(1, data, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge()))
for fn in (heapq.heappop, lambda q: heapq.heapreplace(q, 1)):
    try:
        fn([])
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    heapq.heappush((), 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    heapq.heapify([1, "a", 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f"Task({self.pri}, {self.name!r})"
q = []
for i, n in enumerate(["write", "test", "ship", "plan"]):
    heapq.heappush(q, Task((i * 7) % 5, n))
print(q)
while q:
    print(heapq.heappop(q))
counter = 0
pq = []
for pri, item in [(2, "b"), (1, "a"), (2, "c"), (1, "d")]:
    heapq.heappush(pq, (pri, counter, item))
    counter += 1
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
def kth_smallest(matrix, k):
    n = len(matrix)
    heap = [(matrix[r][0], r, 0) for r in range(n)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(heap)
        if c + 1 < n:
            heapq.heappush(heap, (matrix[r][c + 1], r, c + 1))
    return heap[0][0]
print(kth_smallest([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
def running_median(xs):
    lo, hi = [], []
    out = []
    for x in xs:
        heapq.heappush(lo, -heapq.heappushpop(hi, x))
        if len(lo) > len(hi):
            heapq.heappush(hi, -heapq.heappop(lo))
        out.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7, 9, 10]))
print(heapq.__all__ if hasattr(heapq, "__all__") else "")
