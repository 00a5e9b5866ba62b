import threading

start = threading.Event()
ready = []
lock = threading.Lock()

def runner(i):
    with lock:
        ready.append(i)
    start.wait()
    with lock:
        ready.append(i + 100)

threads = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
print("is_set before", start.is_set())
start.set()
for t in threads:
    t.join()
print(sorted(ready))
print(start.wait(), start.wait(0))
start.clear()
print(start.is_set(), start.wait(0.01))

# Barrier with action
phases = []
def action():
    phases.append("phase done")
barrier = threading.Barrier(3, action=action)
idx = []
def party(n):
    i = barrier.wait()
    with lock:
        idx.append(i)
    barrier.wait()

ts = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), phases)
print(barrier.parties, barrier.n_waiting, barrier.broken)

# broken barrier
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print(type(e).__name__, repr(e), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset", b2.broken)
b3 = threading.Barrier(2)
b3.abort()
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("aborted:", type(e).__name__)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print(type(e).__name__, e)

# barrier action raising breaks barrier
def bad_action():
    raise ZeroDivisionError("oops")
b4 = threading.Barrier(2, action=bad_action)
outcome = []
def p4():
    try:
        b4.wait()
        outcome.append("ok")
    except threading.BrokenBarrierError:
        outcome.append("broken")
    except ZeroDivisionError as e:
        outcome.append("zde " + str(e))
ts = [threading.Thread(target=p4) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(outcome))
