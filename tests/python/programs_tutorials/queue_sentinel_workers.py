# Producer/consumer with queue.Queue and one None sentinel per consumer.
import queue
import threading

q = queue.Queue(maxsize=5)
results = []
results_lock = threading.Lock()
NUM_CONSUMERS = 3

def producer(start, count):
    for n in range(start, start + count):
        q.put(n)

def consumer(cid):
    handled = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with results_lock:
            results.append(item * item)
        handled += 1
        q.task_done()

producers = [threading.Thread(target=producer, args=(i * 100, 20)) for i in range(2)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(NUM_CONSUMERS)]
for t in producers + consumers: t.start()
for p in producers: p.join()
for _ in consumers:
    q.put(None)
for c in consumers: c.join()
q.join()
print("results:", len(results), "sum:", sum(results))
print(sorted(results)[:5], sorted(results)[-3:])
print("empty:", q.empty(), "qsize:", q.qsize(), "full:", q.full(), "maxsize:", q.maxsize)
