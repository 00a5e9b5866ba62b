import threading

class ConnectionPool:
    def __init__(self, size):
        self.sem = threading.BoundedSemaphore(size)
        self.lock = threading.Lock()
        self.in_use = 0
        self.peak = 0

    def __enter__(self):
        self.sem.acquire()
        with self.lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
        return self

    def __exit__(self, *exc):
        with self.lock:
            self.in_use -= 1
        self.sem.release()
        return False

pool = ConnectionPool(3)
done = []
def job(i):
    with pool:
        s = sum(range(i * 1000))
    with pool.lock:
        done.append(i)

ts = [threading.Thread(target=job, args=(i,)) for i in range(12)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(done), pool.in_use, pool.peak <= 3)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
s.release(2)
print(s._value)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
try:
    s.release(0)
except ValueError as e:
    print(type(e).__name__, e)
b = threading.BoundedSemaphore(1)
with b:
    print("inside", b.acquire(False))
print(b.acquire(False))
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
s0 = threading.Semaphore(0)
print(s0.acquire(timeout=0))
print(s0.acquire(True, 0.001))
print(threading.Semaphore().acquire(False))
