# Event-driven shutdown: workers poll a stop Event between jobs and exit cleanly when it is set.
import queue
import threading

stop = threading.Event()
jobs = queue.Queue()
handled = []
lock = threading.Lock()

def worker(name):
    count = 0
    while not stop.is_set():
        try:
            job = jobs.get(timeout=0.005)
        except queue.Empty:
            continue
        with lock:
            handled.append(job)
        count += 1
        jobs.task_done()
    with lock:
        handled.append(f"{name} stopped")

workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for w in workers: w.start()
for j in range(12):
    jobs.put(j)
jobs.join()
stop.set()
for w in workers: w.join()
print(sorted(h for h in handled if isinstance(h, int)))
print(sorted(h for h in handled if isinstance(h, str)))
print("all stopped:", not any(w.is_alive() for w in workers))
