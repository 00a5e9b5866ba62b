# queue.join() waits until every put() has a matching task_done().
import queue
import threading

q = queue.Queue()
processed = []

def worker():
    while True:
        item = q.get()
        processed.append(item.upper())
        q.task_done()

for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()
for word in "the quick brown fox jumps over the lazy dog".split():
    q.put(word)
q.join()
print("all work completed")
print(sorted(processed))
print("unfinished_tasks:", q.unfinished_tasks)

q2 = queue.Queue()
q2.put(1)
q2.get()
q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print("ValueError:", e)
