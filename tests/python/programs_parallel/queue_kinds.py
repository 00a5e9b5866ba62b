import queue
import re

def clean(r):
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", r)

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)

from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class Job:
    priority: int
    payload: Any = field(compare=False)

pq2 = queue.PriorityQueue()
pq2.put(Job(5, {"name": "low"}))
pq2.put(Job(1, {"name": "urgent"}))
pq2.put(Job(3, {"name": "mid"}))
while not pq2.empty():
    j = pq2.get()
    print(j.priority, j.payload, j)

pq3 = queue.PriorityQueue()
pq3.put((1, {"a": 1}))
try:
    pq3.put((1, {"b": 2}))
except TypeError as e:
    print(type(e).__name__, e)

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty())
print(sq.get(), sq.get_nowait(), sq.get(block=False))
print(sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("simple empty")
try:
    sq.get(timeout=0.001)
except queue.Empty:
    print("simple empty timeout")

print(clean(repr(queue.Queue())).split(" object")[0])
print(clean(repr(sq)).split(" object")[0])
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue.__name__, queue.SimpleQueue.__name__, type(sq).__module__)
lq2 = queue.LifoQueue(maxsize=2)
lq2.put("a"); lq2.put("b")
print(lq2.full(), lq2.qsize())
import collections
print(type(queue.Queue().queue).__name__, type(lq2.queue).__name__, type(pq.queue).__name__)
print(lq2.queue)
