# A bank-queue simulation using deque, heapq and queue; empty-container errors at each step.
from collections import deque
import heapq
import queue

line = deque(["ann", "bob"], maxlen=3)
line.append("cy")
line.append("dee")
print(line, line.maxlen)
served = []
while True:
    try:
        served.append(line.popleft())
    except IndexError as e:
        print("IndexError:", e)
        break
print(served)
for op in [lambda: line.pop(), lambda: line.remove("zed"), lambda: line.index("zed"), lambda: line[0],
           lambda: line.rotate("x"), lambda: deque([], maxlen=-1), lambda: deque(5), lambda: line.insert(0)]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
full = deque([1, 2, 3], maxlen=3)
try:
    full.insert(0, 0)
except IndexError as e:
    print("IndexError:", e)

events = []
heapq.heappush(events, (5, "close"))
heapq.heappush(events, (1, "open"))
heapq.heappush(events, (3, "lunch"))
while events:
    print(heapq.heappop(events))
try:
    heapq.heappop(events)
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush(events, (1, "a"))
    heapq.heappush(events, (1, None))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
print(heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(0, [1]), heapq.nsmallest(3, []))

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
try:
    q.put("c", block=False)
except queue.Full as e:
    print("queue.Full", repr(e), type(e).__mro__[1].__name__)
print(q.get(), q.get(), q.qsize(), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("queue.Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
deque().popleft()
