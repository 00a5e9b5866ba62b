# queue (FIFO, LIFO, PriorityQueue with the PrioritizedItem dataclass, task_done/join worker) and sched with a fake clock.
import queue, threading, sched
from dataclasses import dataclass, field
from typing import Any
@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)
pq = queue.PriorityQueue()
for p, it in [(3, 'low'), (1, 'urgent'), (2, {'unorderable': True})]:
    pq.put(PrioritizedItem(p, it))
print([pq.get().item for _ in range(3)], pq.empty())
q = queue.Queue()
lq = queue.LifoQueue()
for i in range(3):
    q.put(i)
    lq.put(i)
print([q.get() for _ in range(3)], [lq.get() for _ in range(3)], q.qsize())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
bq = queue.Queue(maxsize=1)
bq.put('x')
try:
    bq.put_nowait('y')
except queue.Full:
    print('Full', bq.full())
work = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        with lock:
            results.append(item * item)
        work.task_done()
threading.Thread(target=worker, daemon=True).start()
for item in range(10):
    work.put(item)
work.join()
print('All work completed', sorted(results))
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty(), sq.qsize())
now = [0.0]
def clock():
    return now[0]
def sleeper(d):
    now[0] += d
s = sched.scheduler(clock, sleeper)
def print_time(a='default'):
    print('From print_time', clock(), a)
s.enter(10, 1, print_time)
s.enter(5, 2, print_time, argument=('positional',))
s.enter(5, 1, print_time, kwargs={'a': 'keyword'})
ev = s.enterabs(7, 1, print_time, ('cancelled',))
s.cancel(ev)
print(len(s.queue), [e.time for e in s.queue], s.empty())
s.run()
print(clock(), s.empty())
