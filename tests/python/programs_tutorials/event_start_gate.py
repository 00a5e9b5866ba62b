# Using an Event as a starting gun: all runners wait, then go at once.
import threading

start = threading.Event()
ready = threading.Semaphore(0)
finished = []
lock = threading.Lock()

def runner(name):
    ready.release()
    start.wait()
    with lock:
        finished.append(name)

runners = [threading.Thread(target=runner, args=(f"runner{i}",)) for i in range(5)]
for r in runners: r.start()
for _ in runners:
    ready.acquire()
print("all ready, started:", finished, start.is_set())
start.set()
for r in runners: r.join()
print("finished:", sorted(finished))
print("wait on set event:", start.wait(0))
start.clear()
print("wait on cleared event with timeout:", start.wait(0.01))
print("is_set:", start.is_set())
e = threading.Event()
t = threading.Timer(0.01, e.set)
t.start()
print("woken by timer:", e.wait(5))
t.join()
