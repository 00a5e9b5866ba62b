import queue, threading

q = queue.SimpleQueue()
print(type(q).__name__, queue.SimpleQueue.__module__ in ('_queue', 'queue'), queue.Empty.__module__)
print(q.empty(), q.qsize())
q.put(1); q.put_nowait(2); q.put(3, block=False); q.put(item=4, timeout=5)
print(q.empty(), q.qsize(), [q.get(), q.get_nowait(), q.get(block=False), q.get(timeout=0.01)])
for call in (lambda: q.get_nowait(), lambda: q.get(block=False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', type(e).__name__, isinstance(e, Exception), repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
try:
    queue.SimpleQueue(3)
except TypeError as e:
    print('TypeError', e)

class Tagged(queue.SimpleQueue):
    def put(self, item, block=True, timeout=None):
        super().put(('tag', item))

t = Tagged()
t.put(5)
print(t.get(), isinstance(t, queue.SimpleQueue))
print(queue.SimpleQueue[int])

results = queue.SimpleQueue()
def worker(n):
    for i in range(1000):
        results.put(n * 1000 + i)
threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for th in threads: th.start()
for th in threads: th.join()
items = []
while not results.empty():
    items.append(results.get())
print(len(items), sorted(items) == list(range(4000)))
