import queue
import threading

STOP = object()

def stage(name, inbox, outbox, fn):
    def run():
        while True:
            item = inbox.get()
            if item is STOP:
                outbox.put(STOP)
                break
            outbox.put(fn(item))
    return threading.Thread(target=run, name=name)

q_in, q_a, q_b, q_out = (queue.Queue() for _ in range(4))
stages = [
    stage("parse", q_in, q_a, lambda s: int(s.strip())),
    stage("square", q_a, q_b, lambda n: n * n),
    stage("format", q_b, q_out, lambda n: f"<{n:05d}>"),
]
for s in stages:
    s.start()
for raw in [" 3", "14 ", "15", " 92", "65 ", "35"]:
    q_in.put(raw)
q_in.put(STOP)
results = []
while True:
    item = q_out.get()
    if item is STOP:
        break
    results.append(item)
for s in stages:
    s.join()
print(results)
print([s.name for s in stages], [s.is_alive() for s in stages])

# fan-out / fan-in with task_done and join
tasks = queue.Queue()
answers = queue.Queue()
def worker():
    while True:
        n = tasks.get()
        try:
            if n is None:
                return
            answers.put((n, bin(n), hex(n), oct(n)))
        finally:
            tasks.task_done()
ws = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in ws:
    w.start()
for n in [255, 7, 1024, 0, 65535, 42]:
    tasks.put(n)
tasks.join()
print("unfinished after join:", tasks.unfinished_tasks)
collected = []
while not answers.empty():
    collected.append(answers.get())
for row in sorted(collected):
    print(*row, sep=" | ")
for _ in ws:
    tasks.put(None)
for w in ws:
    w.join()
print("workers stopped", not any(w.is_alive() for w in ws))
