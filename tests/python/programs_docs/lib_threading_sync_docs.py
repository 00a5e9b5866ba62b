# threading: Event, Condition producer/consumer, Semaphore, Barrier, local, Timer cancel, with deterministic output.
import threading
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append('woke')
t = threading.Thread(target=waiter)
t.start()
print(ev.is_set())
ev.set()
t.join()
print(out, ev.is_set(), ev.wait(0))
cv = threading.Condition()
items = []
def consumer(n):
    got = []
    for _ in range(n):
        with cv:
            cv.wait_for(lambda: items)
            got.append(items.pop(0))
    out.append(got)
c = threading.Thread(target=consumer, args=(3,))
c.start()
for i in range(3):
    with cv:
        items.append(i)
        cv.notify()
c.join()
print(out[-1])
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print(sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError:', e)
barrier = threading.Barrier(3)
order = []
lock = threading.Lock()
def party(i):
    idx = barrier.wait()
    with lock:
        order.append(i)
ths = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for th in ths: th.start()
for th in ths: th.join()
print(sorted(order), barrier.n_waiting, barrier.parties, barrier.broken)
data = threading.local()
data.x = 'main'
seen = []
def show():
    seen.append(getattr(data, 'x', 'unset'))
    data.x = 'thread'
th = threading.Thread(target=show)
th.start(); th.join()
print(seen, data.x)
tm = threading.Timer(60, print, args=('never',))
tm.start()
tm.cancel()
tm.join()
print('timer cancelled', tm.is_alive())
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
lk = threading.Lock()
print(lk.acquire(), lk.locked(), lk.acquire(False), lk.release(), lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print('RuntimeError:', e)
named = threading.Thread(target=lambda: None, name='worker-1')
print(named.name, named.daemon, named.is_alive(), threading.current_thread().name, threading.main_thread() is threading.current_thread())
try:
    named.join()
except RuntimeError as e:
    print('RuntimeError:', e)
