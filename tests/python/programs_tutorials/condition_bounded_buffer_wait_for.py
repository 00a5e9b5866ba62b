# A bounded buffer built from one Condition and wait_for(), as in the threading docs.
import threading
from collections import deque

class BoundedBuffer:
    def __init__(self, capacity):
        self.items = deque()
        self.capacity = capacity
        self.cond = threading.Condition()
        self.max_seen = 0
        self.taken = []

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            item = self.items.popleft()
            self.taken.append(item)  # recorded under the lock, so the order is the real one
            self.cond.notify_all()
            return item

buf = BoundedBuffer(3)
consumed = []
clock = threading.Lock()

def producer(pid):
    for i in range(10):
        buf.put((pid, i))

def consumer(n):
    for _ in range(n):
        item = buf.get()
        with clock:
            consumed.append(item)

producers = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(15,)) for _ in range(2)]
for t in producers + consumers: t.start()
for t in producers + consumers: t.join()
print("consumed:", len(consumed))
print("per producer:", [sum(1 for p, _ in consumed if p == pid) for pid in range(3)])
print("in order per producer:", all(
    [i for p, i in buf.taken if p == pid] == list(range(10)) for pid in range(3)))
print("never over capacity:", buf.max_seen <= 3)

cond = threading.Condition()
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    print("wait_for times out ->", cond.wait_for(lambda: False, timeout=0.01))
    print("wait times out ->", cond.wait(0.01))
