import heapq
import itertools

log_a = [(1, "a", "boot"), (4, "a", "ready"), (9, "a", "stop")]
log_b = [(2, "b", "boot"), (3, "b", "ready"), (9, "b", "crash")]
log_c = [(0, "c", "init"), (10, "c", "done")]
for entry in heapq.merge(log_a, log_b, log_c):
    print(entry)
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge("ace", "bdf")))
print(list(heapq.merge([3, 2, 1], [4, 0], reverse=True)))
print(list(heapq.merge([(1, "z")], [(1, "a")], key=lambda t: t[0])))


class Task:
    counter = itertools.count()

    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
        self.seq = next(Task.counter)

    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


pq = []
for p, n in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2"), (5, "later")]:
    heapq.heappush(pq, Task(p, n))
print(pq[0], len(pq))
print([heapq.heappop(pq) for _ in range(3)])
print(heapq.nsmallest(1, pq), heapq.nlargest(1, pq))
scores = {"ann": 88, "bob": 95, "cy": 72, "di": 95, "ed": 60}
print(heapq.nlargest(3, scores, key=scores.get))
print(heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [1.5, float("inf"), -1]), heapq.nsmallest(2, iter([5, 4, 3, 2])))
data = list(range(20, 0, -3))
heapq.heapify(data)
print(data, [data[0] <= data[i] for i in range(len(data))].count(False))
running = []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(running, x)
    s = sorted(running)
    medians.append(s[len(s) // 2])
print(medians)
h = [1, 2]
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush("notalist", 1)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.nlargest(2, [1, "a", 3])
except TypeError as e:
    print("TypeError", e)
print(heapq.__all__)
