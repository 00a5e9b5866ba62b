import threading, time
res = []
lock = threading.Lock()
def work(i, scale=1):
    with lock:
        res.append(i * scale)
ts = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10}) for i in range(8)]
print(ts[0].name, ts[0].is_alive(), repr(ts[0]))
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), [t.is_alive() for t in ts][:2])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
c = threading.Condition()
items = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        print("got", items.pop())
t = threading.Thread(target=consumer); t.start()
time.sleep(0.05)
with c:
    items.append(42); c.notify()
t.join()
try:
    c.notify()
except RuntimeError as ex:
    print(ex)
e = threading.Event()
t = threading.Timer(0.05, e.set); t.start()
print(e.wait(2), e.is_set())
t.join()
print(threading.Event().wait(0.01))
b = threading.Barrier(3, action=lambda: print("tripped"))
idx = []
def bw():
    idx.append(b.wait())
ts = [threading.Thread(target=bw) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), b.broken, b.n_waiting, b.parties)
b2 = threading.Barrier(2)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as ex:
    print("broken", repr(ex), b2.broken)
s = threading.BoundedSemaphore(2)
s.acquire(); s.release()
try: s.release()
except ValueError as ex: print(ex)
sem = threading.Semaphore(0)
print(sem.acquire(timeout=0.01), sem.acquire(False))
loc = threading.local()
loc.v = 'main'
def lw():
    loc.v = threading.current_thread().name
    print(loc.v)
t = threading.Thread(target=lw, name='w'); t.start(); t.join()
print(loc.v)
class MyLocal(threading.local):
    def __init__(self, n):
        self.n = n
        self.init_in = threading.current_thread().name
ml = MyLocal(5)
def mlw():
    print(ml.n, ml.init_in)
t = threading.Thread(target=mlw, name='x'); t.start(); t.join()
print(ml.init_in)
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
def boom():
    raise ValueError("bad")
t = threading.Thread(target=boom, name='B'); t.start(); t.join()
print("after boom", seen)
class Sub(threading.Thread):
    def run(self):
        print("sub run", self.name)
s = Sub(); s.start(); s.join(); print(repr(s).split(',')[0], 'stopped' in repr(s))
try: s.start()
except RuntimeError as ex: print(ex)
try: threading.Thread().join()
except RuntimeError as ex: print(ex)
try: threading.current_thread().join()
except RuntimeError as ex: print(ex)
slow = threading.Thread(target=time.sleep, args=(0.3,), daemon=True)
slow.start(); slow.join(0.01); print(slow.is_alive(), slow.daemon); slow.join(); print(slow.is_alive())
