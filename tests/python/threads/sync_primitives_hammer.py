# Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event and Barrier used by many threads at
# once: counters guarded by a lock are exact, a semaphore never admits more than its value,
# and every barrier cycle lets all parties through together.
import threading

N, PER = 4, 5_000

# A lock makes read-modify-write exact.
lock = threading.Lock()
rlock = threading.RLock()
counts = {"lock": 0, "rlock": 0}


def count(k):
    for _ in range(PER):
        with lock:
            counts["lock"] += 1
        with rlock:
            with rlock:
                counts["rlock"] += 1


threads = [threading.Thread(target=count, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts)

# A semaphore of 2 admits at most 2 at a time.
sem = threading.BoundedSemaphore(2)
inside = [0]
most = [0]
guard = threading.Lock()


def admitted(k):
    for _ in range(500):
        with sem:
            with guard:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            with guard:
                inside[0] -= 1


threads = [threading.Thread(target=admitted, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("semaphore:", most[0] <= 2, inside[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

# A condition hands out exactly the items produced.
cond = threading.Condition()
items = []
consumed = []


def producer():
    for i in range(2000):
        with cond:
            items.append(i)
            cond.notify()


def consumer(k):
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
        if item is None:
            return
        consumed.append(item)


consumers = [threading.Thread(target=consumer, args=(k,)) for k in range(3)]
producers = [threading.Thread(target=producer) for _ in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
with cond:
    items.extend([None] * len(consumers))
    cond.notify_all()
for t in consumers:
    t.join()
print("condition:", len(consumed), sorted(consumed) == sorted(list(range(2000)) * 2))

# Barrier cycles: nobody starts cycle c+1 before everybody finished cycle c.
barrier = threading.Barrier(N)
phase = [0] * N
behind = []


def cycles(k):
    for c in range(200):
        phase[k] = c
        barrier.wait()
        if min(phase) < c:
            behind.append((k, c))
        barrier.wait()


threads = [threading.Thread(target=cycles, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("barrier:", behind, barrier.broken, barrier.n_waiting)

# One Event wakes every waiter.
ev = threading.Event()
woke = []
waiters = [threading.Thread(target=lambda: woke.append(ev.wait(30))) for _ in range(8)]
for t in waiters:
    t.start()
ev.set()
for t in waiters:
    t.join()
print("event:", woke.count(True))
