import threading
import queue

class StoppableWorker(threading.Thread):
    def __init__(self, jobs, results):
        super().__init__(name="stoppable", daemon=True)
        self._stop_event = threading.Event()
        self.jobs = jobs
        self.results = results
        self.processed = 0

    def stop(self):
        self._stop_event.set()

    def stopped(self):
        return self._stop_event.is_set()

    def run(self):
        while not self.stopped():
            try:
                job = self.jobs.get(timeout=0.01)
            except queue.Empty:
                continue
            self.results.append(job.upper())
            self.processed += 1
            self.jobs.task_done()

jobs = queue.Queue()
results = []
w = StoppableWorker(jobs, results)
w.start()
for word in ["alpha", "beta", "gamma", "delta"]:
    jobs.put(word)
jobs.join()
w.stop()
w.join()
print(results, w.processed, w.is_alive(), w.stopped())

heartbeat = threading.Event()
ticks = []
def ticker():
    n = 0
    while not heartbeat.wait(0.001):
        n += 1
        if n == 5:
            ticks.append("five ticks")
            break
t = threading.Thread(target=ticker)
t.start()
t.join()
print(ticks)

def countdown(n, done):
    while n > 0:
        n -= 1
    done.append("countdown finished")
finished = []
threads = [threading.Thread(target=countdown, args=(10000 * i, finished)) for i in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=30)
print(finished, [t.is_alive() for t in threads])
t = threading.Thread(target=lambda: threading.Event().wait(0.05))
t.start()
t.join(timeout=0.001)
print("alive after short join:", t.is_alive())
t.join()
print("alive after full join:", t.is_alive())
