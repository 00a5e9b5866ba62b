# FIFO, LIFO, priority and SimpleQueue ordering, with dataclass priority items.
import queue
import threading
from dataclasses import dataclass, field

fifo, lifo, prio, simple = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()
for n in [3, 1, 4, 1, 5, 9, 2, 6]:
    for q in (fifo, lifo, prio, simple):
        q.put(n)
for q in (fifo, lifo, prio, simple):
    print(type(q).__name__, [q.get() for _ in range(8)])

@dataclass(order=True)
class Job:
    priority: int
    description: str = field(compare=False)

jobs = queue.PriorityQueue()
def submit(items):
    for p, d in items:
        jobs.put(Job(p, d))
ts = [threading.Thread(target=submit, args=([(5, "low"), (1, "urgent")],)),
      threading.Thread(target=submit, args=([(3, "normal"), (2, "high")],))]
for t in ts: t.start()
for t in ts: t.join()
while not jobs.empty():
    j = jobs.get_nowait()
    print(j.priority, j.description)

pq = queue.PriorityQueue()
pq.put((1, "a")); pq.put((1, "b")); pq.put((0, "z"))
print([pq.get() for _ in range(3)])
print(simple.empty(), simple.qsize())
try:
    simple.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")
