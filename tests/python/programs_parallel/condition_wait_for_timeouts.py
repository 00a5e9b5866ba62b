import threading

cond = threading.Condition()
state = {"ready": False, "value": None}

def producer(gate):
    gate.wait()
    with cond:
        state["value"] = 42
        state["ready"] = True
        cond.notify_all()

gate = threading.Event()
t = threading.Thread(target=producer, args=(gate,))
t.start()
with cond:
    ok = cond.wait_for(lambda: state["ready"], timeout=0.02)
    print("before producer ran:", ok, state)
gate.set()
with cond:
    ok = cond.wait_for(lambda: state["ready"], timeout=10)
    print("after:", ok, state)
t.join()

with cond:
    print("plain wait timeout returns", cond.wait(timeout=0.001))
    print("wait_for returns predicate value", cond.wait_for(lambda: "truthy-string", timeout=0))
    print("wait_for with falsy predicate", repr(cond.wait_for(lambda: [], timeout=0)))

# notify(n) wakes at most n waiters
c2 = threading.Condition()
woken = []
waiting = threading.Semaphore(0)
release_all = [False]
def sleeper(i):
    with c2:
        waiting.release()
        while not release_all[0] and i not in woken:
            c2.wait()
        if i not in woken:
            woken.append(i)
ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    waiting.acquire()
with c2:
    release_all[0] = True
    c2.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
