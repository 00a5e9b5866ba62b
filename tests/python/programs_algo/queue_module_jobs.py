import queue
pq = queue.PriorityQueue()
for pri, job in [(3, "backup"), (1, "alert"), (2, "report"), (1, "page")]:
    pq.put((pri, job))
print(pq.qsize(), pq.empty(), pq.full())
while not pq.empty():
    print(pq.get())
q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full as ex:
    print("Full", type(ex).__name__, repr(ex))
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as ex:
    print("Empty", type(ex).__name__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("timed out")
lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(5)
sq.put(6)
print(sq.get(), sq.qsize(), sq.empty())
q2 = queue.Queue()
for i in range(3):
    q2.put(i)
results = []
while True:
    try:
        item = q2.get_nowait()
    except queue.Empty:
        break
    results.append(item * 10)
    q2.task_done()
q2.join()
print(results, q2.unfinished_tasks)
try:
    q2.task_done()
except ValueError as ex:
    print(type(ex).__name__, ex)
class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f"Job({self.pri}, {self.name!r})"
jq = queue.PriorityQueue()
for j in [Job(5, "low"), Job(1, "high"), Job(3, "mid")]:
    jq.put(j)
print([jq.get() for _ in range(3)])
import threading
work = queue.Queue()
done = queue.Queue()
def worker():
    while True:
        n = work.get()
        if n is None:
            work.task_done()
            break
        done.put(n * n)
        work.task_done()
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for n in range(10):
    work.put(n)
for _ in threads:
    work.put(None)
work.join()
for t in threads:
    t.join()
print(sorted(done.get() for _ in range(done.qsize())))
