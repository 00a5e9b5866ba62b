# A Barrier splits work into phases; the action runs once per phase, wait() returns unique indexes.
import threading

N = 4
phase_log = []
indexes = []
lock = threading.Lock()

def end_of_phase():
    phase_log.append(f"phase done ({len(indexes)} arrivals)")

barrier = threading.Barrier(N, action=end_of_phase)

def worker(wid):
    for phase in range(3):
        i = barrier.wait()
        with lock:
            indexes.append((phase, i))

ts = [threading.Thread(target=worker, args=(w,)) for w in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print("\n".join(phase_log))
for phase in range(3):
    print(phase, sorted(i for p, i in indexes if p == phase))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b2.broken)
b2.reset()
print("after reset broken:", b2.broken)

b3 = threading.Barrier(3)
outcomes = []
def waiter():
    try:
        b3.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")
ws = [threading.Thread(target=waiter) for _ in range(2)]
for w in ws: w.start()
while b3.n_waiting < 2:
    pass
b3.abort()
for w in ws: w.join()
print(outcomes, b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
