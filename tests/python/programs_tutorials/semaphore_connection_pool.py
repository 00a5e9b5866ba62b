# Limiting concurrent "connections" with a BoundedSemaphore; the peak never exceeds the limit.
import threading
import time

LIMIT = 3
pool = threading.BoundedSemaphore(LIMIT)
state_lock = threading.Lock()
active = 0
peak = 0
log = []

def download(url):
    global active, peak
    with pool:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with state_lock:
            active -= 1
            log.append(url)

threads = [threading.Thread(target=download, args=(f"http://example.com/{i}",)) for i in range(10)]
for t in threads: t.start()
for t in threads: t.join()
print("downloaded:", len(log), "peak within limit:", 1 <= peak <= LIMIT, "active now:", active)
print(sorted(log, key=lambda u: int(u.rsplit("/", 1)[1]))[:3])

try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)

s = threading.Semaphore(0)
print("acquire non-blocking:", s.acquire(blocking=False))
s.release(3)
print("after release(3):", [s.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
print("timeout acquire:", s.acquire(timeout=0.01))
