import queue, threading
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
try: q.put(3, timeout=0.01)
except queue.Full: print("full")
print(q.get(), q.get(), q.qsize(), q.empty(), q.full())
try: q.get_nowait()
except queue.Empty: print("empty")
pq = queue.PriorityQueue(); [pq.put(x) for x in (5,1,3)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in (5,1,3)]; print([lq.get() for _ in range(3)])
sq_ = queue.SimpleQueue(); sq_.put(1); print(sq_.get(), sq_.empty())
try: sq_.get(timeout=0.01)
except queue.Empty: print("empty2")
q = queue.Queue()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done(); break
        q.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(100): q.put(i)
q.put(None); q.join(); t.join(); print("joined")
try: q.task_done()
except ValueError as e: print(e)
