import queue
import threading

SENTINEL = None
q = queue.Queue(maxsize=4)
results = []
rlock = threading.Lock()

def producer(pid, count):
    for i in range(count):
        q.put((pid, i, (pid + 1) * i))

def consumer(cid):
    local = []
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            break
        pid, i, val = item
        local.append(val * 2)
        q.task_done()
    with rlock:
        results.extend(local)

producers = [threading.Thread(target=producer, args=(p, 25)) for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(SENTINEL)
q.join()
for t in consumers:
    t.join()
print(len(results), sum(results))
print(sorted(results)[:10])
print(q.empty(), q.qsize(), q.full(), q.maxsize)

q2 = queue.Queue()
for w in "the quick brown fox jumps over the lazy dog".split():
    q2.put(w)
print(q2.qsize())
words = []
while not q2.empty():
    words.append(q2.get_nowait())
print(words)
try:
    q2.get_nowait()
except queue.Empty as e:
    print(type(e).__name__, repr(e), e.__class__.__module__)
try:
    q2.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
q3 = queue.Queue(1)
q3.put("x")
try:
    q3.put("y", timeout=0.01)
except queue.Full as e:
    print(type(e).__name__, repr(e))
try:
    q3.put_nowait("z")
except queue.Full:
    print("full nowait")
try:
    q3.put("z", block=False)
except queue.Full:
    print("full block=False")
q3.get()
q3.task_done()
try:
    q3.task_done()
except ValueError as e:
    print(type(e).__name__, e)
try:
    q3.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
