import heapq
import itertools
import queue
import threading
from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)

counter = itertools.count()
pq = queue.PriorityQueue()
specs = [("backup", 5, 3), ("email", 1, 1), ("report", 3, 2), ("alert", 0, 1), ("cleanup", 5, 1), ("index", 3, 4)]
for name, prio, cost in specs:
    pq.put(Task(prio, next(counter), name, cost))

order = []
def run_one():
    task = pq.get()
    order.append((task.priority, task.name, task.cost))
    pq.task_done()

while not pq.empty():
    t = threading.Thread(target=run_one)
    t.start()
    t.join()
for prio, name, cost in order:
    print(f"p{prio} {name:<8} cost={cost}")
print("total cost", sum(c for _, _, c in order))

heap = []
for name, prio, cost in specs:
    heapq.heappush(heap, (prio, -cost, name))
print([heapq.heappop(heap)[2] for _ in range(len(heap))])
print(heapq.nsmallest(2, specs, key=lambda s: (s[1], s[0])))
print(heapq.nlargest(2, specs, key=lambda s: s[2]))
t = Task(1, 0, "x")
print(t, t < Task(1, 1, "y"), t == Task(1, 0, "other-name"))
