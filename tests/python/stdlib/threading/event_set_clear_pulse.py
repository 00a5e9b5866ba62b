import threading
import time

# set() followed at once by clear() wakes every thread already waiting: each wait() returns True.
ev = threading.Event()
results = []
lock = threading.Lock()

def waiter(name):
    got = ev.wait(10)
    with lock:
        results.append((name, got))

threads = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(4)]
for t in threads:
    t.start()
while len(ev._cond._waiters) < len(threads):
    time.sleep(0.001)
start = time.monotonic()
ev.set()
ev.clear()
for t in threads:
    t.join()
print(sorted(results))
print("woke promptly:", time.monotonic() - start < 5)
print("flag now:", ev.is_set())

# a waiter that arrives after the pulse sees the cleared flag and times out
print("late waiter:", ev.wait(0.01))
