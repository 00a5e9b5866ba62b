import queue
import threading

q = queue.Queue(maxsize=2)
log = []
lock = threading.Lock()

def record(msg):
    with lock:
        log.append(msg)

def stuffer():
    for i in range(3):
        try:
            q.put(i, timeout=0.02)
            record(f"put {i}")
        except queue.Full:
            record(f"full at {i}")

t = threading.Thread(target=stuffer)
t.start()
t.join()
print(log, q.qsize())

log.clear()
def drainer():
    for _ in range(3):
        try:
            record(f"got {q.get(timeout=0.02)}")
        except queue.Empty:
            record("empty")
t = threading.Thread(target=drainer)
t.start()
t.join()
print(log, q.empty())

# a consumer that gives up after an idle timeout
work = queue.Queue()
done_items = []
def idle_consumer():
    while True:
        try:
            item = work.get(timeout=0.05)
        except queue.Empty:
            done_items.append("idle: exiting")
            return
        done_items.append(item * 2)
for i in range(4):
    work.put(i)
c = threading.Thread(target=idle_consumer)
c.start()
c.join()
print(done_items)

lq = queue.LifoQueue(maxsize=1)
lq.put("only")
try:
    lq.put("second", block=True, timeout=0)
except queue.Full:
    print("LifoQueue full with timeout=0")
pq = queue.PriorityQueue()
try:
    pq.get(True, 0.001)
except queue.Empty:
    print("PriorityQueue empty with timeout")
print(lq.get(), lq.empty())
