import heapq
import queue
from dataclasses import dataclass, field
from typing import Any

tasks = [(3, "Clear drains"), (4, "Feed cat"), (5, "Make tea"), (1, "Solve RC tasks"), (2, "Tax return")]
h = []
for t in tasks:
    heapq.heappush(h, t)
while h:
    print(heapq.heappop(h))
pq = queue.PriorityQueue()
for p, name in tasks:
    pq.put((p, name))
print([pq.get()[1] for _ in range(pq.qsize())], pq.empty())
@dataclass(order=True)
class Job:
    priority: int
    name: Any = field(compare=False)
jobs = [Job(2, "b"), Job(1, {"not": "comparable"}), Job(2, "a")]
heapq.heapify(jobs)
print([heapq.heappop(jobs) for _ in range(3)])
h = [5, 7, 9, 1, 3]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty raised")
